-- Evaluation panels: per challenge stage, the evaluators the agency names, one of them the chair.
create table panel_member (
    id            uuid primary key,
    challenge_id  uuid        not null references challenge (id),
    stage         integer     not null check (stage between 1 and 5),
    member_id     uuid        not null references member (id),
    chair         boolean     not null default false,
    added_at      timestamptz not null,
    added_by      text        not null,
    version       bigint      not null default 0,
    unique (challenge_id, stage, member_id)
);
create unique index panel_one_chair on panel_member (challenge_id, stage) where chair;
create index panel_member_evaluator on panel_member (member_id);
