-- Every instance keeps published challenges' public detail in memory. These triggers tell all of
-- them, in the transaction of the change (delivered at commit, dropped on rollback), which
-- challenge changed, whoever changed it: the payload is the challenge id, or '*' when an agency's
-- name (shown in every detail of that agency) changes.
create function challenge_changed() returns trigger language plpgsql as $$
begin
    -- the trigger's argument names the column holding the challenge id
    perform pg_notify('challenge_changed',
        coalesce(to_jsonb(new), to_jsonb(old)) ->> tg_argv[0]);
    return null;
end;
$$;

create trigger challenge_changed after insert or update or delete on challenge
    for each row execute function challenge_changed('id');
create trigger challenge_stage_changed after insert or update or delete on challenge_stage
    for each row execute function challenge_changed('challenge_id');
create trigger challenge_amendment_changed after insert or update or delete on challenge_amendment
    for each row execute function challenge_changed('challenge_id');

create function agency_renamed() returns trigger language plpgsql as $$
begin
    perform pg_notify('challenge_changed', '*');
    return null;
end;
$$;

create trigger agency_renamed after update of name, type on organisation
    for each row when (old.name is distinct from new.name or old.type is distinct from new.type)
    execute function agency_renamed();
