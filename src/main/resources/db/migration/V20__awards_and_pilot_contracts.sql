-- Awards and pilot contracts: the agency's award decision on a challenge, one pilot contract per
-- awarded proposal, and the contract's milestones.
create table award_decision (
    challenge_id        uuid primary key references challenge (id),
    stage               integer     not null check (stage between 1 and 5),
    awarded_at          timestamptz not null,
    -- no contract is signed before the standstill period has run from the award notice
    standstill_ends_at  timestamptz not null check (standstill_ends_at >= awarded_at),
    departure_reason    text        check (length(btrim(departure_reason)) between 10 and 5000),
    ranking_checked     boolean     not null,
    decided_by          text        not null
);

create table pilot_contract (
    id                          uuid primary key,
    challenge_id                uuid           not null references award_decision (challenge_id),
    proposal_id                 uuid           not null unique references proposal (id),
    agency_id                   uuid           not null references organisation (id),
    company_id                  uuid           not null references organisation (id),
    rank                        integer        check (rank >= 1),
    status                      text           not null check (status in ('PENDING', 'ACTIVE', 'COMPLETED', 'TERMINATED')),
    value_amount                numeric(19, 2) not null check (value_amount > 0),
    currency                    text           not null check (currency ~ '^[A-Z]{3}$'),
    vat_rate                    numeric(5, 2)  not null check (vat_rate between 0 and 100),
    starts_on                   date,
    ends_on                     date,
    -- the law's ceiling; the default (30) and the justification rule are settings
    payment_term_days           integer        not null check (payment_term_days between 1 and 60),
    payment_term_justification  text           check (length(btrim(payment_term_justification)) between 10 and 5000),
    signed_at                   timestamptz,
    signed_by                   text,
    completed_at                timestamptz,
    terminated_at               timestamptz,
    termination_reason          text           check (length(btrim(termination_reason)) between 10 and 5000),
    created_at                  timestamptz    not null,
    updated_at                  timestamptz    not null,
    version                     bigint         not null default 0,
    check (starts_on is null or ends_on is null or starts_on <= ends_on),
    check (status not in ('ACTIVE', 'COMPLETED') or (signed_at is not null and starts_on is not null
                                                      and ends_on is not null)),
    check ((status = 'TERMINATED') = (termination_reason is not null and terminated_at is not null)),
    check ((status = 'COMPLETED') = (completed_at is not null))
);
create index pilot_contract_agency on pilot_contract (agency_id, status);
create index pilot_contract_company on pilot_contract (company_id, status);
create index pilot_contract_challenge on pilot_contract (challenge_id);

create table milestone (
    id                 uuid primary key,
    contract_id        uuid           not null references pilot_contract (id) on delete cascade,
    position           integer        not null check (position between 1 and 50),
    deliverable        text           not null check (length(btrim(deliverable)) between 1 and 2000),
    amount             numeric(19, 2) not null check (amount > 0),
    planned_on         date           not null,
    status             text           not null check (status in ('PLANNED', 'DELIVERED', 'ACCEPTED', 'REJECTED')),
    delivered_at       timestamptz,
    delivery_note      text           check (length(delivery_note) <= 5000),
    attachment_name    text           check (length(attachment_name) between 1 and 255),
    attachment_type    text           check (attachment_type in ('application/pdf', 'image/png', 'image/jpeg')),
    attachment_sha256  text           check (attachment_sha256 ~ '^[0-9a-f]{64}$'),
    attachment_data    bytea,
    acceptance_due_at  timestamptz,
    decided_at         timestamptz,
    rejection_reason   text           check (length(btrim(rejection_reason)) between 10 and 5000),
    unique (contract_id, position),
    check (status = 'PLANNED' or (delivered_at is not null and acceptance_due_at is not null)),
    check (status not in ('ACCEPTED', 'REJECTED') or decided_at is not null),
    check ((status = 'REJECTED') = (rejection_reason is not null)),
    check ((attachment_name is null) = (attachment_data is null))
);
