-- Answers to creating calls, kept so a retried request with the same Idempotency-Key gets the same answer.
create table idempotency_key (
    caller        text        not null,
    key           text        not null check (length(key) between 1 and 200),
    operation     text        not null,
    request_hash  text        not null,
    status        integer     not null,
    location      text,
    body          text        not null,
    created_at    timestamptz not null,
    primary key (caller, key)
);
create index idempotency_key_created on idempotency_key (created_at);
