-- In-app notifications, one row per recipient member, and the transactional outbox that carries
-- each of them (and later other events) to e-mail and webhook senders.
create table notification (
    id               uuid primary key,
    recipient_id     uuid        not null references member (id),
    organisation_id  uuid        not null references organisation (id),
    type             text        not null check (type in ('SUBMISSION_RECEIVED', 'SHORTLISTED', 'NOT_SHORTLISTED',
        'DEADLINE_EXTENDED', 'ANSWER_PUBLISHED', 'CHALLENGE_AMENDED', 'CHALLENGE_CANCELLED')),
    title            text        not null check (length(btrim(title)) between 1 and 300),
    link             text        check (length(link) between 1 and 500),
    created_at       timestamptz not null,
    read_at          timestamptz,
    version          bigint      not null default 0
);
create index notification_recipient on notification (recipient_id, created_at desc, id desc);
create index notification_unread on notification (recipient_id, created_at desc, id desc) where read_at is null;

create table outbox_event (
    id              uuid primary key,
    event_type      text        not null check (length(event_type) between 1 and 100),
    aggregate_type  text        not null check (length(aggregate_type) between 1 and 100),
    aggregate_id    uuid        not null,
    payload         text        not null check (payload::jsonb is not null),
    created_at      timestamptz not null,
    -- not before: a failed delivery is retried from this time on
    available_at    timestamptz not null,
    attempts        integer     not null default 0 check (attempts >= 0),
    -- a sender holds a claimed event until then; after that another sender may take it over
    claimed_until   timestamptz,
    processed_at    timestamptz,
    last_error      text        check (length(last_error) <= 2000)
);
create index outbox_event_pending on outbox_event (available_at, created_at, id) where processed_at is null;
create index outbox_event_aggregate on outbox_event (aggregate_type, aggregate_id);
