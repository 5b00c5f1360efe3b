-- Invoices of accepted milestones, the payments finance records against them, and disputes.
-- Whether an invoice is overdue is derived from its due date and the day; it is never stored.
create table invoice (
    id               uuid primary key,
    contract_id      uuid           not null references pilot_contract (id),
    milestone_id     uuid           not null unique references milestone (id),
    company_id       uuid           not null references organisation (id),
    agency_id        uuid           not null references organisation (id),
    number           text           not null check (length(btrim(number)) between 1 and 50),
    issue_date       date           not null,
    received_at      timestamptz    not null,
    -- Brussels calendar day; payment on this day is on time
    due_date         date           not null,
    amount_excl_vat  numeric(19, 2) not null check (amount_excl_vat > 0),
    vat_amount       numeric(19, 2) not null check (vat_amount >= 0),
    total            numeric(19, 2) not null,
    currency         text           not null check (currency ~ '^[A-Z]{3}$'),
    status           text           not null check (status in
        ('RECEIVED', 'APPROVED', 'PARTIALLY_PAID', 'PAID', 'DISPUTED')),
    paid_amount      numeric(19, 2) not null default 0,
    -- the day the principal was paid in full
    paid_on          date,
    approved_at      timestamptz,
    version          bigint         not null default 0,
    check (total = amount_excl_vat + vat_amount),
    check (paid_amount >= 0 and paid_amount <= total),
    check ((status = 'PAID') = (paid_amount = total)),
    check ((status = 'PAID') = (paid_on is not null))
);
create unique index invoice_number_per_company on invoice (company_id, lower(number));
create index invoice_agency_due on invoice (agency_id, due_date, id);
create index invoice_company on invoice (company_id, received_at desc);
create index invoice_contract on invoice (contract_id);

create table invoice_dispute (
    id           uuid primary key,
    invoice_id   uuid           not null references invoice (id),
    amount       numeric(19, 2) not null check (amount > 0),
    reason       text           not null check (length(btrim(reason)) between 10 and 5000),
    -- the disputed amount accrues no interest from opened_on (inclusive) to resolved_on (exclusive)
    opened_on    date           not null,
    opened_at    timestamptz    not null,
    resolved_on  date,
    resolved_at  timestamptz,
    resolution   text           check (length(btrim(resolution)) between 10 and 5000),
    check ((resolved_on is null) = (resolution is null)),
    check (resolved_on is null or resolved_on >= opened_on)
);
create index invoice_dispute_invoice on invoice_dispute (invoice_id, opened_on);
-- at most one open dispute per invoice
create unique index invoice_dispute_open on invoice_dispute (invoice_id) where resolved_on is null;

create table payment (
    id           uuid primary key,
    invoice_id   uuid           not null references invoice (id),
    -- PRINCIPAL pays the invoice; INTEREST pays late-payment interest and compensation owed on it
    kind         text           not null check (kind in ('PRINCIPAL', 'INTEREST')),
    paid_on      date           not null,
    amount       numeric(19, 2) not null check (amount > 0),
    currency     text           not null check (currency ~ '^[A-Z]{3}$'),
    reference    text           not null check (length(btrim(reference)) between 1 and 140),
    recorded_at  timestamptz    not null,
    recorded_by  text           not null
);
create index payment_invoice on payment (invoice_id, paid_on);
