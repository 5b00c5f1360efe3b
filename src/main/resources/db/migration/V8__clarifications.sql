-- Clarifications: questions companies ask on a published challenge, and the agency's public answers.
-- The asking company is kept to show it its own questions and to notify it; the API never shows it.
create table question (
    id            uuid primary key,
    challenge_id  uuid        not null references challenge (id),
    company_id    uuid        not null references organisation (id),
    stage         integer     not null check (stage between 1 and 5),
    text          text        not null check (length(btrim(text)) between 10 and 2000),
    asked_at      timestamptz not null,
    -- numbered in the order answers are published, so the public list has no gaps
    number        integer     check (number >= 1),
    answer        text        check (length(btrim(answer)) between 10 and 5000),
    answered_at   timestamptz,
    version       bigint      not null default 0,
    constraint question_number_unique unique (challenge_id, number),
    constraint question_answer_complete check (
        (answer is null) = (answered_at is null) and (answer is null) = (number is null))
);
create index question_company on question (company_id, challenge_id);
