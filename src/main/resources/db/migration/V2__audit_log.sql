-- Append-only, hash-chained audit log.
create sequence audit_event_seq start with 1 increment by 1;

create table audit_event (
    seq                    bigint primary key,
    occurred_at            timestamptz not null,
    actor                  text        not null,
    actor_organisation_id  uuid,
    action                 text        not null,
    object_type            text        not null,
    object_id              text        not null,
    details                text        not null,
    previous_hash          text        not null check (previous_hash ~ '^[0-9a-f]{64}$'),
    hash                   text        not null unique check (hash ~ '^[0-9a-f]{64}$')
);
create index audit_event_object on audit_event (object_type, object_id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
