-- The chair's consensus score for one criterion of a proposal, with its reason; it replaces the mean.
create table consensus_score (
    challenge_id  uuid        not null references challenge (id),
    stage         integer     not null check (stage between 1 and 5),
    proposal_id   uuid        not null references proposal (id),
    criterion     text        not null check (criterion in ('PROBLEM_SOLVING', 'TEAM_MOTIVATION', 'IMPLEMENTATION_COST')),
    points        integer     not null check (points between 0 and 10),
    reason        text        not null check (length(btrim(reason)) between 10 and 3000),
    recorded_at   timestamptz not null,
    recorded_by   uuid        not null references member (id),
    version       bigint      not null default 0,
    primary key (proposal_id, stage, criterion)
);
create index consensus_score_stage on consensus_score (challenge_id, stage);
