-- The OCDS 1.1 releases the service would have published for these challenges, shaped as
-- ocds/OcdsService writes them: a tender release when each challenge was published, a
-- tenderUpdate with the published answers of open ones, an award release per award decision, a
-- contract release per signed pilot contract, and an implementation release per contract with
-- progress (milestones met, payments made). Inserted in date order, as the service appends them.
create or replace function pg_temp.iso(t timestamptz) returns text language sql immutable as $$
  select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

-- a Brussels calendar day as the instant it starts (OcdsContractReader.startOf)
create or replace function pg_temp.day_start(d date) returns text language sql immutable as $$
  select pg_temp.iso(d::timestamp at time zone 'Europe/Brussels')
$$;

-- java.util.UUID.nameUUIDFromBytes (version 3, MD5) of a UTF-8 text
create or replace function pg_temp.name_uuid(t text) returns text language sql immutable as $$
  select (substr(h, 1, 12) || '3' || substr(h, 14, 3)
          || substr('89ab', 1 + (('x' || substr(h, 17, 1))::bit(4)::int & 3), 1) || substr(h, 18))::uuid::text
  from md5(t) h
$$;

create temporary table seed_party as
select o.id, jsonb_build_object('id', o.id::text, 'name', o.name) as ref,
       'supplier-' || pg_temp.name_uuid(lower(btrim(o.name))) as supplier_id, o.name
from organisation o;
create index on seed_party (id);
analyze seed_party;
analyze invoice, payment, pilot_contract, milestone, award_decision, question, challenge_stage;

create temporary table seed_release (challenge_id uuid, tag text, release_date timestamptz, payload jsonb, n int);

-- tender (at publication) and, for open challenges, tenderUpdate with the published answers
insert into seed_release
select c.id, t.tag, t.at,
       jsonb_build_object(
         'ocid', 'ocds-chmkt1-' || c.id, 'id', t.tag || '-' || md5('ocds-' || t.tag || '-' || c.id)::uuid,
         'date', pg_temp.iso(t.at), 'tag', jsonb_build_array(t.tag), 'initiationType', 'tender', 'language', 'en',
         'buyer', a.ref,
         'parties', jsonb_build_array(a.ref || '{"roles": ["buyer", "procuringEntity"]}'),
         'tender', jsonb_build_object(
             'id', c.id::text, 'title', c.title,
             'description', c.problem_statement || E'\n\nExpected outcomes: ' || c.expected_outcomes,
             'status', 'active', 'procuringEntity', a.ref,
             'value', jsonb_build_object('amount', c.budget_amount, 'currency', c.budget_currency),
             'procurementMethod', 'open',
             'procurementMethodDetails', 'Innovation challenge: companies answer a published problem in stages; up to '
                 || c.number_of_pilots || ' pilot contract(s)',
             'mainProcurementCategory', 'services', 'awardCriteria', 'ratedCriteria',
             'awardCriteriaDetails', 'Scored 0-10 on fixed criteria: problem solving ' || c.weight_problem_solving
                 || '%, team motivation ' || c.weight_team_motivation || '%, implementation cost '
                 || c.weight_implementation_cost || '%',
             'submissionMethod', '["electronicSubmission"]'::jsonb,
             'tenderPeriod', jsonb_build_object('startDate', pg_temp.iso(s1.opens_at), 'endDate', pg_temp.iso(s1.deadline)),
             'milestones', st.milestones,
             'hasEnquiries', t.tag = 'tenderUpdate')
         || case when t.tag = 'tenderUpdate' then jsonb_build_object('enquiries', q.enquiries) else '{}' end),
       1
from challenge c
join seed_party a on a.id = c.agency_id
join challenge_stage s1 on s1.challenge_id = c.id and s1.position = 1
left join lateral (
  select jsonb_agg(jsonb_build_object('id', q.id::text, 'date', pg_temp.iso(q.answered_at),
                                      'title', 'Question ' || q.number, 'description', q.text, 'answer', q.answer,
                                      'dateAnswered', pg_temp.iso(q.answered_at)) order by q.number) as enquiries,
         max(q.answered_at) as last
  from question q where q.challenge_id = c.id and q.answered_at is not null
) q on true
cross join lateral (
  select 'tender' as tag, c.published_at as at
  union all
  select 'tenderUpdate', q.last where q.last is not null
) t
cross join lateral (
  select jsonb_agg(jsonb_build_object('id', 'stage-' || s.position,
                                      'title', 'Stage ' || s.position || ': '
                                          || case s.kind when 'EXPRESSION_OF_INTEREST' then 'expression of interest'
                                                         when 'FULL_PROPOSAL' then 'full proposal' else 'pitch' end,
                                      'type', 'engagement',
                                      'description', 'Deadline of stage ' || s.position || ' for submissions',
                                      'status', case when s.deadline < t.at then 'met' else 'scheduled' end,
                                      'dueDate', pg_temp.iso(s.deadline)) order by s.position) as milestones
  from challenge_stage s where s.challenge_id = c.id
) st
where c.status <> 'DRAFT' and c.published_at is not null;

-- award: each awarded company with its pilot's value
insert into seed_release
select d.challenge_id, 'award', d.awarded_at,
       jsonb_build_object(
         'ocid', 'ocds-chmkt1-' || d.challenge_id, 'id', 'award-' || md5('ocds-award-' || d.challenge_id)::uuid,
         'date', pg_temp.iso(d.awarded_at), 'tag', '["award"]'::jsonb, 'initiationType', 'tender', 'language', 'en',
         'buyer', a.ref,
         'parties', jsonb_build_array(a.ref || '{"roles": ["buyer", "procuringEntity"]}') || w.parties,
         'awards', w.awards,
         'tender', jsonb_build_object('id', d.challenge_id::text, 'status', 'complete')),
       2
from award_decision d
join challenge c on c.id = d.challenge_id
join seed_party a on a.id = c.agency_id
cross join lateral (
  select jsonb_agg(jsonb_build_object('id', s.supplier_id, 'name', s.name, 'roles', '["supplier"]'::jsonb)
                   order by k.rank) as parties,
         jsonb_agg(jsonb_build_object(
                     'id', 'award-' || pg_temp.name_uuid(d.challenge_id || '/' || lower(btrim(s.name))),
                     'title', c.title || ': pilot of ' || s.name, 'status', 'active',
                     'date', pg_temp.iso(d.awarded_at),
                     'value', jsonb_build_object('amount', k.value_amount, 'currency', k.currency),
                     'suppliers', jsonb_build_array(jsonb_build_object('id', s.supplier_id, 'name', s.name)))
                   order by k.rank) as awards
  from pilot_contract k join seed_party s on s.id = k.company_id
  where k.challenge_id = d.challenge_id
) w;

-- contract: one per signed pilot contract, with its planned milestones
insert into seed_release
select k.challenge_id, 'contract', k.signed_at,
       jsonb_build_object(
         'ocid', 'ocds-chmkt1-' || k.challenge_id, 'id', 'contract-' || md5('ocds-contract-' || k.id)::uuid,
         'date', pg_temp.iso(k.signed_at), 'tag', '["contract"]'::jsonb, 'initiationType', 'tender', 'language', 'en',
         'buyer', a.ref,
         'parties', jsonb_build_array(a.ref || '{"roles": ["buyer", "procuringEntity"]}',
                                      jsonb_build_object('id', s.supplier_id, 'name', s.name, 'roles', '["supplier"]'::jsonb)),
         'contracts', jsonb_build_array(jsonb_build_object(
             'id', k.id::text, 'awardID', 'award-' || pg_temp.name_uuid(k.challenge_id || '/' || lower(btrim(s.name))),
             'title', 'Pilot contract: ' || c.title, 'status', 'active', 'dateSigned', pg_temp.iso(k.signed_at),
             'value', jsonb_build_object('amount', k.value_amount, 'currency', k.currency),
             'period', jsonb_build_object('startDate', pg_temp.day_start(k.starts_on), 'endDate', pg_temp.day_start(k.ends_on)),
             'milestones', ms.milestones))),
       3
from pilot_contract k
join challenge c on c.id = k.challenge_id
join seed_party a on a.id = k.agency_id
join seed_party s on s.id = k.company_id
cross join lateral (
  select jsonb_agg(jsonb_build_object('id', m.id::text, 'title', m.deliverable, 'type', 'delivery',
                                      'status', 'scheduled', 'dueDate', pg_temp.day_start(m.planned_on))
                   order by m.position) as milestones
  from milestone m where m.contract_id = k.id
) ms
where k.signed_at is not null;

-- implementation: the latest state of each contract with progress, milestones met and payments made
insert into seed_release
select k.challenge_id, 'implementation', pr.at,
       jsonb_build_object(
         'ocid', 'ocds-chmkt1-' || k.challenge_id, 'id', 'implementation-' || md5('ocds-implementation-' || k.id)::uuid,
         'date', pg_temp.iso(pr.at), 'tag', '["implementation"]'::jsonb, 'initiationType', 'tender', 'language', 'en',
         'buyer', a.ref,
         'parties', jsonb_build_array(a.ref || '{"roles": ["buyer", "procuringEntity", "payer"]}',
                                      jsonb_build_object('id', s.supplier_id, 'name', s.name,
                                                         'roles', '["supplier", "payee"]'::jsonb)),
         'contracts', jsonb_build_array(jsonb_build_object(
             'id', k.id::text, 'awardID', 'award-' || pg_temp.name_uuid(k.challenge_id || '/' || lower(btrim(s.name))),
             'implementation', jsonb_build_object('milestones', ms.milestones,
                                                  'transactions', coalesce(tx.transactions, '[]'))))),
       4
from pilot_contract k
join challenge c on c.id = k.challenge_id
join seed_party a on a.id = k.agency_id
join seed_party s on s.id = k.company_id
cross join lateral (
  select jsonb_agg(jsonb_build_object('id', m.id::text, 'title', m.deliverable, 'type', 'delivery',
                                      'status', case when m.status = 'ACCEPTED' then 'met' else 'scheduled' end,
                                      'dueDate', pg_temp.day_start(m.planned_on))
                   || case when m.status = 'ACCEPTED' then jsonb_build_object('dateMet', pg_temp.iso(m.decided_at))
                           else '{}' end
                   order by m.position) as milestones,
         max(m.decided_at) filter (where m.status = 'ACCEPTED') as last_met
  from milestone m where m.contract_id = k.id
) ms
left join lateral (
  select jsonb_agg(jsonb_build_object('id', p.id::text, 'date', pg_temp.day_start(p.paid_on),
                                      'value', jsonb_build_object('amount', p.amount, 'currency', p.currency),
                                      'payer', a.ref, 'payee', jsonb_build_object('id', s.supplier_id, 'name', s.name))
                   order by p.paid_on, p.recorded_at, p.id) as transactions,
         max(p.recorded_at) as last_paid
  from invoice i join payment p on p.invoice_id = i.id where i.contract_id = k.id
) tx on true
cross join lateral (select greatest(ms.last_met, tx.last_paid) as at) pr
where ms.last_met is not null;

insert into ocds_release (id, ocid, release_id, challenge_id, tag, release_date, payload)
select md5('ocds-release-' || (payload ->> 'id'))::uuid, payload ->> 'ocid', payload ->> 'id', challenge_id, tag,
       release_date, payload::text
from seed_release
order by release_date, challenge_id, n;
