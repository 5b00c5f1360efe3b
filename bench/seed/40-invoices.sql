-- Invoices with payments: the company invoices each accepted milestone a few days after acceptance;
-- the due date is the receipt's Brussels day plus the contract's payment term. Agencies differ in
-- punctuality (agency i % 5: 10% to 34% of invoices paid late). Invoices due more than 120 days ago
-- are nearly all paid (on time, late, or after a resolved dispute), a few still disputed or
-- forgotten; recent ones mix paid on time, paid late, partially paid, disputed, open and overdue;
-- those not yet due are received, approved, part paid or paid early. Late payers often also pay
-- the EUR 40 compensation as an INTEREST payment. About 100,000 invoices per unit of scale.
create temporary table seed_invoice as
select y.*,
       case when y.outcome in ('PAID_ON_TIME', 'PAID_LATE', 'PAID_EARLY', 'RESOLVED_PAID') then y.total
            when y.outcome = 'PARTIAL' then round(y.total * (0.3 + 0.4 * y.r2)::numeric, 2)
            else 0 end::numeric(19, 2) as paid_amount,
       case y.outcome
            when 'PAID_ON_TIME' then y.approved_on + floor(y.r2 * (y.due_date - y.approved_on + 1))::int
            when 'PAID_EARLY' then y.approved_on + floor(y.r2 * (y.today - y.approved_on + 1))::int
            when 'PAID_LATE' then y.due_date + 1 + floor(y.r2 * least(45, y.today - y.due_date))::int
            when 'RESOLVED_PAID' then y.received_on + 3 + 10 + floor(y.r2 * 30)::int + 5
       end as paid_on
from (
  select x.*,
         case
           when x.approved_on is null then case when x.r1 < 0.1 then 'DISPUTED' else 'RECEIVED' end
           when x.today <= x.due_date then
             case when x.r1 < 0.30 then 'RECEIVED' when x.r1 < 0.70 then 'APPROVED' when x.r1 < 0.80 then 'PARTIAL'
                  when x.r1 < 0.97 then 'PAID_EARLY' else 'DISPUTED' end
           when x.today - x.due_date > 120 then
             case when x.r1 < 0.005 then 'DISPUTED' when x.r1 < 0.01 then 'APPROVED'
                  when x.r1 < 0.03 then 'RESOLVED_PAID' when x.r1 < 0.03 + x.late_share then 'PAID_LATE'
                  else 'PAID_ON_TIME' end
           else
             case when x.r1 < 0.04 then 'DISPUTED' when x.r1 < 0.10 then 'PARTIAL' when x.r1 < 0.18 then 'APPROVED'
                  when x.r1 < 0.18 + x.late_share then 'PAID_LATE' else 'PAID_ON_TIME' end
         end as outcome
  from (
    select md5('invoice-' || m.id)::uuid as id, m.id as milestone_id, m.contract_id, m.position, c.i, c.agency_id,
           c.agency_i, c.company_id, c.company_i, m.amount, round(m.amount * 0.21, 2) as vat,
           m.amount + round(m.amount * 0.21, 2) as total, r.received_at,
           (r.received_at at time zone 'Europe/Brussels')::date as received_on,
           (r.received_at at time zone 'Europe/Brussels')::date - floor(random() * 3)::int as issue_date,
           (greatest(r.received_at, m.delivered_at) at time zone 'Europe/Brussels')::date + c.term as due_date,
           case when r.received_at + r.approve_days * interval '1 day' <= c.t0
                then r.received_at + r.approve_days * interval '1 day' end as approved_at,
           case when r.received_at + r.approve_days * interval '1 day' <= c.t0
                then ((r.received_at + r.approve_days * interval '1 day') at time zone 'Europe/Brussels')::date
           end as approved_on,
           (c.t0 at time zone 'Europe/Brussels')::date as today, c.t0,
           0.10 + 0.06 * (c.agency_i % 5) as late_share,
           random() as r1, random() as r2, random() as r3
    from seed_milestone m
    join seed_contract c on c.id = m.contract_id
    cross join lateral (
      select m.accepted_at + (1 + floor(random() * 10)::int) * interval '1 day' + interval '3 hours' as received_at,
             1 + floor(random() * 4)::int as approve_days
    ) r
    where m.accepted_at is not null and r.received_at <= c.t0
  ) x
) y;
analyze seed_invoice;

insert into invoice (id, contract_id, milestone_id, company_id, agency_id, number, issue_date, received_at, due_date,
                     amount_excl_vat, vat_amount, total, currency, status, paid_amount, paid_on, approved_at, version)
select id, contract_id, milestone_id, company_id, agency_id, 'CM-' || i || '-' || lpad(position::text, 2, '0'),
       issue_date, received_at, due_date, amount, vat, total, 'EUR',
       case outcome when 'RECEIVED' then 'RECEIVED' when 'APPROVED' then 'APPROVED' when 'PARTIAL' then 'PARTIALLY_PAID'
                    when 'DISPUTED' then 'DISPUTED' else 'PAID' end,
       paid_amount, paid_on,
       case when outcome not in ('RECEIVED') and not (outcome = 'DISPUTED' and approved_at is null) then approved_at end,
       case when outcome in ('RECEIVED') then 0 when outcome = 'APPROVED' then 1 else 2 end
from seed_invoice;

-- principal payments: one for most, two instalments for one paid invoice in ten, one for part payments
insert into payment (id, invoice_id, kind, paid_on, amount, currency, reference, recorded_at, recorded_by)
select md5('payment-' || v.id || '-' || n)::uuid, v.id, 'PRINCIPAL', d.paid_on, d.amount, 'EUR',
       'BENCH-' || v.agency_i || '-' || v.i || '-' || v.position || '-' || n,
       least((d.paid_on + time '14:00') at time zone 'Europe/Brussels', v.t0), md5('finance-' || v.agency_i)::uuid::text
from seed_invoice v
cross join lateral (
  select 1 as n, v.paid_on as paid_on, v.total as amount
  where v.paid_on is not null and not (v.r3 < 0.1 and v.paid_on - 10 >= v.approved_on)
  union all
  select 1, v.paid_on - 10, round(v.total / 2, 2)
  where v.paid_on is not null and v.r3 < 0.1 and v.paid_on - 10 >= v.approved_on
  union all
  select 2, v.paid_on, v.total - round(v.total / 2, 2)
  where v.paid_on is not null and v.r3 < 0.1 and v.paid_on - 10 >= v.approved_on
  union all
  select 1, v.approved_on + floor(v.r3 * (v.today - v.approved_on + 1))::int, v.paid_amount
  where v.outcome = 'PARTIAL'
) d;

-- the EUR 40 compensation, paid ten days after a late payment by half of the late payers
insert into payment (id, invoice_id, kind, paid_on, amount, currency, reference, recorded_at, recorded_by)
select md5('payment-' || v.id || '-interest')::uuid, v.id, 'INTEREST', v.paid_on + 10, 40.00, 'EUR',
       'BENCH-' || v.agency_i || '-' || v.i || '-' || v.position || '-C',
       least((v.paid_on + 10 + time '15:00') at time zone 'Europe/Brussels', v.t0), md5('finance-' || v.agency_i)::uuid::text
from seed_invoice v
where v.outcome = 'PAID_LATE' and v.r3 >= 0.5 and v.paid_on + 10 <= v.today;

-- disputes: open ones on disputed invoices, resolved ones before the late payment that ended them
insert into invoice_dispute (id, invoice_id, amount, reason, opened_on, opened_at, resolved_on, resolved_at,
                             resolution)
select md5('dispute-' || v.id)::uuid, v.id, v.total,
       (array['The delivered report does not cover the second site agreed in the contract.',
              'The invoice amount does not match the purchase order registered by the agency.',
              'The milestone was accepted subject to corrections that have not been made yet.'])[1 + v.i % 3],
       o.opened_on, least((o.opened_on + time '11:00') at time zone 'Europe/Brussels', v.t0),
       case when v.outcome = 'RESOLVED_PAID' then v.paid_on - 5 end,
       case when v.outcome = 'RESOLVED_PAID' then (v.paid_on - 5 + time '16:00') at time zone 'Europe/Brussels' end,
       case when v.outcome = 'RESOLVED_PAID' then 'The company sent a corrected report; the amount is due as invoiced.' end
from seed_invoice v
cross join lateral (select least(v.received_on + 3, v.today) as opened_on) o
where v.outcome in ('DISPUTED', 'RESOLVED_PAID');

-- the reminders the reminder job has already sent, so that it does not send them all at start-up
insert into payment_reminder (invoice_id, kind, for_date, sent_at)
select v.id, k.kind, k.for_date, least((k.for_date + time '08:00') at time zone 'Europe/Brussels', v.t0)
from seed_invoice v
cross join lateral (
  select 'PAID' as kind, v.paid_on as for_date where v.paid_on is not null
  union all
  select 'DUE_IN_7_DAYS', v.due_date where v.today >= v.due_date - 7 and (v.paid_on is null or v.paid_on > v.due_date - 7)
  union all
  select 'DUE_TOMORROW', v.due_date where v.today >= v.due_date - 1 and (v.paid_on is null or v.paid_on > v.due_date - 1)
  union all
  select 'OVERDUE', v.today where v.paid_on is null and v.due_date < v.today
) k;
