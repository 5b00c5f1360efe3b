-- label: submit a stage (write)
-- A company submits stage 1 of its proposal on an open challenge again (a new sealed version with
-- its receipt, audit event, notification and outbox event); 2,000 proposals of many companies.
select 'POST', '/api/v1/proposals/' || p.id || '/stages/1/submit', p.company_id, 'company_member'
from proposal p join challenge c on c.id = p.challenge_id
where c.status = 'PUBLISHED' and p.stage = 1 and p.status in ('DRAFT', 'SUBMITTED')
order by p.id limit 2000;
