-- Conflict-of-interest declarations: one per evaluator, proposal and stage, made before reading it.
create table conflict_declaration (
    id            uuid primary key,
    challenge_id  uuid        not null references challenge (id),
    stage         integer     not null check (stage between 1 and 5),
    proposal_id   uuid        not null references proposal (id),
    evaluator_id  uuid        not null references member (id),
    conflict      boolean     not null,
    reason        text        check (reason is null or length(btrim(reason)) between 10 and 2000),
    declared_at   timestamptz not null,
    unique (proposal_id, stage, evaluator_id),
    check (not conflict or reason is not null)
);
create index conflict_declaration_stage on conflict_declaration (challenge_id, stage);
