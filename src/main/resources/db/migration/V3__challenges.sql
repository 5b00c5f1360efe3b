-- Challenges: problems published by agencies, their stages and public amendments.
create table challenge (
    id                          uuid primary key,
    agency_id                   uuid        not null references organisation (id),
    status                      text        not null check (status in
        ('DRAFT', 'PUBLISHED', 'IN_EVALUATION', 'AWARDED', 'CLOSED', 'CANCELLED')),
    title                       text        not null check (length(btrim(title)) between 1 and 200),
    problem_statement           text        check (length(problem_statement) <= 20000),
    context                     text        check (length(context) <= 20000),
    expected_outcomes           text        check (length(expected_outcomes) <= 20000),
    sector                      text        check (length(sector) <= 100),
    budget_amount               numeric(19, 2) check (budget_amount >= 0),
    budget_currency             text        check (budget_currency ~ '^[A-Z]{3}$'),
    number_of_pilots            integer     check (number_of_pilots between 1 and 50),
    languages                   text[]      not null default '{}',
    weight_problem_solving      integer     check (weight_problem_solving between 0 and 100),
    weight_team_motivation      integer     check (weight_team_motivation between 0 and 100),
    weight_implementation_cost  integer     check (weight_implementation_cost between 0 and 100),
    deadline                    timestamptz,
    published_at                timestamptz,
    cancelled_at                timestamptz,
    cancellation_reason         text,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null,
    version                     bigint      not null default 0,
    search_vector               tsvector generated always as (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(sector, '')), 'B') ||
        setweight(to_tsvector('simple', coalesce(problem_statement, '') || ' ' || coalesce(context, '') || ' ' ||
                                        coalesce(expected_outcomes, '')), 'C')
    ) stored,
    -- once published, the weights are complete and sum to 100
    constraint challenge_published_weights check (status = 'DRAFT' or (
        weight_problem_solving + weight_team_motivation + weight_implementation_cost = 100)),
    constraint challenge_published_budget check (status = 'DRAFT' or (
        budget_amount > 0 and budget_currency is not null and number_of_pilots is not null)),
    constraint challenge_published_at check (status = 'DRAFT' or published_at is not null),
    constraint challenge_cancel_reason check ((status = 'CANCELLED') = (cancellation_reason is not null))
);
create index challenge_search on challenge using gin (search_vector);
create index challenge_status_deadline on challenge (status, deadline, id);
create index challenge_status_published on challenge (status, published_at desc, id);
create index challenge_agency on challenge (agency_id, status);
create index challenge_sector on challenge (lower(sector), status);

create table challenge_stage (
    challenge_id    uuid        not null references challenge (id) on delete cascade,
    position        integer     not null check (position between 1 and 5),
    kind            text        not null check (kind in ('EXPRESSION_OF_INTEREST', 'FULL_PROPOSAL', 'PITCH')),
    opens_at        timestamptz,
    deadline        timestamptz,
    shortlist_size  integer     check (shortlist_size between 1 and 1000),
    primary key (challenge_id, position),
    check (opens_at is null or deadline is null or opens_at < deadline)
);

create table challenge_amendment (
    id            uuid primary key,
    challenge_id  uuid        not null references challenge (id),
    number        integer     not null check (number >= 1),
    summary       text        not null check (length(btrim(summary)) between 10 and 2000),
    material      boolean     not null,
    changes       text        not null,
    published_at  timestamptz not null,
    unique (challenge_id, number)
);
