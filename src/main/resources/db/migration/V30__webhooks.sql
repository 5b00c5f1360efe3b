-- Webhook subscriptions of incubators, and one delivery row per event and subscription that the
-- delivery workers claim with FOR UPDATE SKIP LOCKED.
create table webhook_subscription (
    id               uuid primary key,
    organisation_id  uuid        not null references organisation (id),
    url              text        not null check (length(url) between 8 and 2000),
    event_types      text[]      not null check (cardinality(event_types) between 1 and 5),
    sector           text        check (length(btrim(sector)) between 1 and 100),
    description      text        check (length(description) <= 300),
    -- the signing key; it must be readable to sign, so it is kept as issued and never shown again
    secret           text        not null check (secret ~ '^whsec_[A-Za-z0-9+/=]{40,}$'),
    status           text        not null check (status in ('ACTIVE', 'DISABLED', 'DELETED')),
    created_at       timestamptz not null,
    disabled_at      timestamptz,
    disabled_reason  text        check (length(disabled_reason) <= 500),
    deleted_at       timestamptz,
    version          bigint      not null default 0,
    check ((status = 'DELETED') = (deleted_at is not null)),
    check (status <> 'DISABLED' or disabled_at is not null)
);
create index webhook_subscription_owner on webhook_subscription (organisation_id, created_at desc, id);
create index webhook_subscription_active on webhook_subscription (status) where status = 'ACTIVE';

create table webhook_delivery (
    id               uuid primary key,
    subscription_id  uuid        not null references webhook_subscription (id),
    -- the outbox event: the webhook-id receivers see, stable across retries and replays
    event_id         uuid        not null,
    event_type       text        not null check (length(event_type) between 1 and 100),
    payload          text        not null check (payload::jsonb is not null),
    status           text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED')),
    attempts         integer     not null default 0 check (attempts between 0 and 100),
    created_at       timestamptz not null,
    next_attempt_at  timestamptz,
    claimed_until    timestamptz,
    last_attempt_at  timestamptz,
    last_status      integer     check (last_status between 100 and 599),
    last_error       text        check (length(last_error) <= 1000),
    delivered_at     timestamptz,
    constraint webhook_delivery_once unique (subscription_id, event_id),
    check ((status = 'PENDING') = (next_attempt_at is not null)),
    check ((status = 'DELIVERED') = (delivered_at is not null))
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at, id) where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, created_at desc, id desc);

-- Every attempt, for the delivery log.
create table webhook_attempt (
    id           uuid primary key,
    delivery_id  uuid        not null references webhook_delivery (id),
    number       integer     not null check (number >= 1),
    attempted_at timestamptz not null,
    status_code  integer     check (status_code between 100 and 599),
    error        text        check (length(error) <= 1000),
    duration_ms  bigint      not null check (duration_ms >= 0)
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, number);

-- The owner hears when a subscription is disabled (WEBHOOK_DISABLED): notification types are
-- checked by their shape since V23, the enum in the code being the list.
