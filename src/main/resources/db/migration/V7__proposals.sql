-- Proposals: one per company and challenge, a draft and sealed submissions per stage, attachments.
create table proposal (
    id             uuid primary key,
    challenge_id   uuid        not null references challenge (id),
    company_id     uuid        not null references organisation (id),
    status         text        not null check (status in
        ('DRAFT', 'SUBMITTED', 'SHORTLISTED', 'NOT_SHORTLISTED', 'AWARDED', 'NOT_AWARDED', 'WITHDRAWN')),
    stage          integer     not null check (stage between 1 and 5),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    withdrawn_at   timestamptz,
    version        bigint      not null default 0,
    constraint proposal_one_per_company unique (challenge_id, company_id),
    check ((status = 'WITHDRAWN') = (withdrawn_at is not null))
);
create index proposal_company on proposal (company_id, updated_at desc);
create index proposal_challenge on proposal (challenge_id, status);

create table stage_draft (
    proposal_id  uuid        not null references proposal (id),
    stage        integer     not null check (stage between 1 and 5),
    content      text        not null,
    updated_at   timestamptz not null,
    version      bigint      not null default 0,
    primary key (proposal_id, stage)
);

create table submission (
    id            uuid primary key,
    proposal_id   uuid        not null references proposal (id),
    stage         integer     not null check (stage between 1 and 5),
    number        integer     not null check (number >= 1),
    content       text        not null,
    sha256        text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    submitted_at  timestamptz not null,
    submitted_by  text        not null,
    unique (proposal_id, stage, number)
);
create index submission_stage on submission (proposal_id, stage, number desc);

create table attachment (
    id           uuid primary key,
    proposal_id  uuid        not null references proposal (id),
    stage        integer     not null check (stage between 1 and 5),
    file_name    text        not null check (length(file_name) between 1 and 255),
    media_type   text        not null check (media_type in ('application/pdf', 'image/png', 'image/jpeg',
        'application/vnd.oasis.opendocument.text',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    size_bytes   bigint      not null check (size_bytes > 0),
    sha256       text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    data         bytea       not null,
    uploaded_at  timestamptz not null,
    detached_at  timestamptz
);
create index attachment_draft on attachment (proposal_id, stage) where detached_at is null;

create table shortlist_decision (
    challenge_id  uuid        not null references challenge (id),
    stage         integer     not null check (stage between 1 and 5),
    reason        text        not null check (length(btrim(reason)) between 10 and 5000),
    decided_at    timestamptz not null,
    decided_by    text        not null,
    primary key (challenge_id, stage)
);
