-- label: finance dashboard
-- A finance member of each of 50 agencies opens the agency's dashboard: invoices due soon and
-- overdue with their interest, paid this month, the on-time rate and the twelve-month trend
-- (about 2,000 invoices per agency at every scale).
select 'GET', '/api/v1/finance/dashboard', id, 'finance'
from organisation where type = 'AGENCY' order by id limit 50;
