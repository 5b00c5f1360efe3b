-- An incubator points one of its startups (a company on the platform, or someone invited by
-- e-mail) at a challenge. Whether it converted is read from the proposals, never copied.
create table referral (
    id             uuid primary key,
    incubator_id   uuid        not null references organisation (id),
    challenge_id   uuid        not null references challenge (id),
    company_id     uuid        references organisation (id),
    email          text        check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254),
    note           text        check (length(note) <= 500),
    created_at     timestamptz not null,
    created_by     text        not null,
    check ((company_id is null) <> (email is null))
);
create unique index referral_company_once on referral (incubator_id, challenge_id, company_id)
    where company_id is not null;
create unique index referral_email_once on referral (incubator_id, challenge_id, lower(email))
    where email is not null;
create index referral_incubator on referral (incubator_id, created_at desc, id desc);
