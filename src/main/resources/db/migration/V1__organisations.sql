-- Organisations (agencies, companies, incubators, the lab) and the people who act for them.
create table organisation (
    id          uuid primary key,
    name        text        not null check (length(btrim(name)) between 1 and 200),
    type        text        not null check (type in ('AGENCY', 'COMPANY', 'INCUBATOR', 'LAB')),
    created_at  timestamptz not null,
    version     bigint      not null default 0
);
create unique index organisation_name_unique on organisation (lower(name));
create index organisation_type on organisation (type, name);

create table member (
    id               uuid primary key,
    organisation_id  uuid        not null references organisation (id),
    username         text        not null check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    display_name     text        not null check (length(btrim(display_name)) between 1 and 200),
    email            text        not null check (email ~ '^[^@\s]+@[^@\s]+$'),
    roles            text[]      not null check (
        cardinality(roles) >= 1 and roles <@ array['agency_officer', 'evaluator', 'finance',
                                                   'company_member', 'incubator', 'platform_admin']),
    created_at       timestamptz not null,
    version          bigint      not null default 0
);
create unique index member_username_unique on member (username);
create unique index member_email_unique on member (lower(email));
create index member_organisation on member (organisation_id);
