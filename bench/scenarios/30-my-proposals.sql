-- label: my proposals (company)
-- A company member lists the company's proposals, most recent first, page of 20; 200 companies.
select 'GET', '/api/v1/proposals?size=20', company_id, 'company_member'
from (select distinct company_id from proposal order by company_id limit 200) p;
