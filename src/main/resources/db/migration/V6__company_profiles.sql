-- A company's profile, entered once and reused by every proposal.
create table company_profile (
    organisation_id    uuid primary key references organisation (id),
    legal_name         text        not null check (length(btrim(legal_name)) between 1 and 200),
    enterprise_number  text        not null check (enterprise_number ~ '^[A-Z]{2}[0-9A-Z+*]{2,13}$'),
    company_size       text        not null check (company_size in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    sector             text        not null check (length(btrim(sector)) between 1 and 100),
    team_summary       text        not null check (length(team_summary) between 1 and 3000),
    company_references text        check (length(company_references) <= 5000),
    contact_name       text        not null check (length(btrim(contact_name)) between 1 and 200),
    contact_email      text        not null check (contact_email ~ '^[^@\s]+@[^@\s]+$'),
    contact_phone      text        check (length(contact_phone) <= 40),
    updated_at         timestamptz not null,
    version            bigint      not null default 0
);
create unique index company_profile_enterprise_number on company_profile (enterprise_number);
