-- An evaluator's scores of a proposal in a stage: 0-10 per fixed criterion with a justification each.
-- A draft may be incomplete; a submitted score is complete and never changes.
create table evaluation_score (
    id                          uuid primary key,
    challenge_id                uuid        not null references challenge (id),
    stage                       integer     not null check (stage between 1 and 5),
    proposal_id                 uuid        not null references proposal (id),
    evaluator_id                uuid        not null references member (id),
    status                      text        not null check (status in ('DRAFT', 'SUBMITTED')),
    problem_solving             integer     check (problem_solving between 0 and 10),
    problem_solving_text        text        check (length(btrim(problem_solving_text)) between 30 and 3000),
    team_motivation             integer     check (team_motivation between 0 and 10),
    team_motivation_text        text        check (length(btrim(team_motivation_text)) between 30 and 3000),
    implementation_cost         integer     check (implementation_cost between 0 and 10),
    implementation_cost_text    text        check (length(btrim(implementation_cost_text)) between 30 and 3000),
    updated_at                  timestamptz not null,
    submitted_at                timestamptz,
    version                     bigint      not null default 0,
    unique (proposal_id, stage, evaluator_id),
    check ((status = 'SUBMITTED') = (submitted_at is not null)),
    check (status = 'DRAFT' or (problem_solving is not null and problem_solving_text is not null
        and team_motivation is not null and team_motivation_text is not null
        and implementation_cost is not null and implementation_cost_text is not null))
);
create index evaluation_score_stage on evaluation_score (challenge_id, stage, status);
