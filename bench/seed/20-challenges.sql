-- 20,000 challenges per unit of scale: 5% drafts, 25% open (published, first stage open), 20% in
-- evaluation, 25% awarded, 20% closed, 5% cancelled; three stages each; problem texts drawn from
-- the vocabulary so that full-text search has realistic hit counts.
create temporary table seed_challenge as
select i,
       md5('challenge-' || i)::uuid as id,
       md5('agency-' || (1 + i % agencies))::uuid as agency_id,
       case when i % 20 = 0 then 'DRAFT'
            when i % 20 between 1 and 5 then 'PUBLISHED'
            when i % 20 between 6 and 9 then 'IN_EVALUATION'
            when i % 20 between 10 and 14 then 'AWARDED'
            when i % 20 between 15 and 18 then 'CLOSED'
            else 'CANCELLED' end as status,
       -- open challenges opened in the last 14 days; the others ran in the last three years
       case when i % 20 between 1 and 5 then t0 - (1 + i % 14) * interval '1 day'
            else t0 - (60 + i % 1000) * interval '1 day' end as opens_at
from seed_settings, generate_series(1, challenges) i;

insert into challenge (id, agency_id, status, title, problem_statement, context, expected_outcomes, sector,
                       budget_amount, budget_currency, number_of_pilots, languages, weight_problem_solving,
                       weight_team_motivation, weight_implementation_cost, deadline, published_at, cancelled_at,
                       cancellation_reason, created_at, updated_at, version)
select c.id, c.agency_id, c.status,
       initcap(pg_temp.topic(c.i, 1) || ' ' || pg_temp.topic(c.i, 2) || ' ' || pg_temp.words(1 + c.i % 4)) || ' ' || c.i,
       initcap(pg_temp.words(20 + c.i % 20)) || ' ' || pg_temp.topic(c.i, 1) || ' ' || pg_temp.words(20 + c.i % 20)
           || ' ' || pg_temp.topic(c.i, 2) || ' ' || pg_temp.words(20) || ' ' || pg_temp.topic(c.i, 3) || '.',
       initcap(pg_temp.words(30 + c.i % 30)) || ' ' || pg_temp.topic(c.i, 3) || '.',
       initcap(pg_temp.words(20 + c.i % 20)) || ' ' || pg_temp.topic(c.i, 1) || '.',
       s[1 + c.i % cardinality(s)],
       (10000 + (c.i * 7919) % 80000)::numeric(19, 2), 'EUR', 1 + c.i % 3,
       case c.i % 3 when 0 then array['nl','en'] when 1 then array['fr','en'] else array['nl','fr','de','en'] end,
       (array[50, 40, 34])[1 + c.i % 3], (array[30, 40, 33])[1 + c.i % 3], (array[20, 20, 33])[1 + c.i % 3],
       c.opens_at + (20 + c.i % 40) * interval '1 day',
       case when c.status <> 'DRAFT' then c.opens_at end,
       case when c.status = 'CANCELLED' then c.opens_at + interval '10 days' end,
       case when c.status = 'CANCELLED' then 'The agency ' || pg_temp.words(12) end,
       c.opens_at - interval '10 days', c.opens_at, c.i % 3
from seed_challenge c, seed_sectors;

insert into challenge_stage (challenge_id, position, kind, opens_at, deadline, shortlist_size)
select c.id, p.position, p.kind,
       c.opens_at + p.starts * interval '1 day' + case when p.position > 1 then (20 + c.i % 40) * interval '1 day' else interval '0' end,
       c.opens_at + (20 + c.i % 40) * interval '1 day' + p.ends * interval '1 day',
       p.shortlist
from seed_challenge c,
     (values (1, 'EXPRESSION_OF_INTEREST', 0, 0, 6), (2, 'FULL_PROPOSAL', 0, 30, 3),
             (3, 'PITCH', 30, 51, null)) as p(position, kind, starts, ends, shortlist);

-- two published answers on every open challenge
insert into question (id, challenge_id, company_id, stage, text, asked_at, number, answer, answered_at)
select md5('question-' || c.i || '-' || n)::uuid, c.id,
       md5('company-' || (1 + (c.i * 37 + n * 157) % companies))::uuid, 1,
       initcap(pg_temp.words(12)) || '?', c.opens_at + interval '1 day', n,
       initcap(pg_temp.words(25)) || '.', c.opens_at + interval '2 days'
from seed_challenge c, seed_settings, generate_series(1, 2) n
where c.status = 'PUBLISHED';
