-- Awards, pilot contracts and milestones: every awarded or closed challenge has an award decision a
-- few days after its pitch deadline; each AWARDED proposal (as many as the challenge's pilots) gets
-- a pilot contract within the EUR 30,000 cap, signed after the ten-day standstill, running six
-- months with 5 to 8 milestones that add up to its value. Milestones planned before today were
-- delivered a few days either side of plan and accepted within the 30-day acceptance period.
-- Awards of recent challenges are clamped to yesterday, so contracts of the last weeks are pending.
create temporary table seed_award as
select c.i, c.id as challenge_id, c.agency_id, 1 + c.i % s.agencies as agency_i,
       least(c.opens_at + (20 + c.i % 40 + 51 + 3) * interval '1 day' + interval '9 hours',
             s.t0 - interval '1 day' + (c.i % 8) * interval '1 hour') as awarded_at
from seed_challenge c, seed_settings s
where c.status in ('AWARDED', 'CLOSED');
analyze seed_award;

insert into award_decision (challenge_id, stage, awarded_at, standstill_ends_at, departure_reason, ranking_checked,
                            decided_by)
select challenge_id, 2, awarded_at, awarded_at + interval '10 days', null, true, md5('officer-' || agency_i)::uuid::text
from seed_award;

-- one row per contract; r_* are draws after setseed (one process, so the same every run)
create temporary table seed_contract as
select x.*,
       case when x.signed_at <= x.t0 then x.signed_at end as signed,
       ((x.signed_at at time zone 'Europe/Brussels')::date + 1) as starts_on
from (
  select md5('contract-' || p.id)::uuid as id, p.id as proposal_id, p.challenge_id, p.i, p.k, a.agency_id, a.agency_i,
         p.company_id, p.company_i, a.awarded_at, s.t0,
         least(30000, floor((10000 + (p.i * 7919) % 80000) / (1 + p.i % 3) / 10) * 10)::numeric(19, 2) as value,
         case (p.i + p.k) % 25 when 0 then 45 when 1 then 60 else 30 end as term,
         5 + (p.i + p.k) % 4 as milestones,
         a.awarded_at + interval '10 days' + (1 + p.k + p.i % 5) * interval '1 day' + interval '2 hours' as signed_at
  from seed_proposal p
  join seed_award a on a.challenge_id = p.challenge_id
  cross join seed_settings s
  where p.status = 'AWARDED'
) x;
analyze seed_contract;

create temporary table seed_milestone as
select m.*,
       case when m.delivered <= m.t0 then m.delivered end as delivered_at,
       case when m.delivered + m.decide_days * interval '1 day' <= m.t0
            then m.delivered + m.decide_days * interval '1 day' end as accepted_at
from (
  select md5('milestone-' || c.id || '-' || n)::uuid as id, c.id as contract_id, n as position, c.milestones, c.t0,
         c.signed, c.starts_on + (n * 180 / c.milestones) as planned_on,
         case when n < c.milestones then round(c.value / c.milestones, 2)
              else c.value - (c.milestones - 1) * round(c.value / c.milestones, 2) end as amount,
         case when c.signed is null then null
              else greatest(c.signed + interval '1 day',
                            ((c.starts_on + (n * 180 / c.milestones) + floor(random() * 9)::int - 4)
                                 + time '10:30') at time zone 'Europe/Brussels') end as delivered,
         1 + floor(random() * 20)::int as decide_days
  from seed_contract c, generate_series(1, 8) n
  where n <= c.milestones
) m;
analyze seed_milestone;

insert into pilot_contract (id, challenge_id, proposal_id, agency_id, company_id, rank, status, value_amount, currency,
                            vat_rate, starts_on, ends_on, payment_term_days, payment_term_justification, signed_at,
                            signed_by, completed_at, terminated_at, termination_reason, created_at, updated_at, version)
select c.id, c.challenge_id, c.proposal_id, c.agency_id, c.company_id, c.k + 1,
       case when c.signed is null then 'PENDING' when done.completed_at is not null then 'COMPLETED' else 'ACTIVE' end,
       c.value, 'EUR', 21.00, c.starts_on, c.starts_on + 180, c.term,
       case when c.term > 30 then 'The pilot is verified by an external laboratory, whose report takes '
                                  || (c.term - 20) || ' days.' end,
       c.signed, case when c.signed is not null then md5('officer-' || c.agency_i)::uuid::text end,
       done.completed_at, null, null, c.awarded_at, coalesce(done.completed_at, c.signed, c.awarded_at),
       case when c.signed is null then 1 else 2 + (done.completed_at is not null)::int end
from seed_contract c
left join (
  select m.contract_id, max(m.accepted_at) + interval '2 days' as completed_at
  from seed_milestone m
  group by m.contract_id
  having count(*) = count(m.accepted_at) and max(m.accepted_at) + interval '2 days' <= max(m.t0)
) done on done.contract_id = c.id;

insert into milestone (id, contract_id, position, deliverable, amount, planned_on, status, delivered_at, delivery_note,
                       attachment_name, attachment_type, attachment_sha256, attachment_data, acceptance_due_at,
                       decided_at, rejection_reason)
select m.id, m.contract_id, m.position,
       (array['Inception report and pilot plan', 'Working prototype', 'Prototype tested with ten users',
              'Pilot running in a first district', 'Mid-term evaluation with the agency', 'Pilot extended to all sites',
              'Final evaluation report', 'Handover, documentation and training'])[1 + (m.position - 1) * 8 / m.milestones],
       m.amount, m.planned_on,
       case when m.accepted_at is not null then 'ACCEPTED' when m.delivered_at is not null then 'DELIVERED'
            else 'PLANNED' end,
       m.delivered_at,
       case when m.delivered_at is not null then 'Delivered as planned; see the report shared with the agency.' end,
       null, null, null, null,
       m.delivered_at + interval '30 days', m.accepted_at, null
from seed_milestone m;
