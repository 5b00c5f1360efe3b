-- Open Contracting Data Standard releases: one per public event, immutable once written.
create table ocds_release (
    seq           bigserial   unique,
    id            uuid primary key,
    ocid          text        not null check (ocid ~ '^ocds-[A-Za-z0-9]{6}-.+$'),
    release_id    text        not null check (length(release_id) between 1 and 200),
    challenge_id  uuid        not null references challenge (id),
    tag           text        not null check (tag in ('tender', 'tenderAmendment', 'tenderUpdate', 'award',
                                                      'contract', 'implementation')),
    release_date  timestamptz not null,
    payload       text        not null check (payload::jsonb is not null),
    unique (ocid, release_id)
);
create index ocds_release_ocid on ocds_release (ocid, seq);
create index ocds_release_date on ocds_release (release_date, seq);

create function ocds_release_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'OCDS releases are immutable once published';
end;
$$;
create trigger ocds_release_no_change before update or delete on ocds_release
    for each row execute function ocds_release_immutable();
