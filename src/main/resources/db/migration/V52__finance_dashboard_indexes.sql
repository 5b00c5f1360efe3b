-- The finance dashboard reads an agency's unpaid invoices in due-date order (due soon, overdue),
-- counts its invoices per month of due date, and sums its payments in full by day paid. These
-- indexes let each read touch only the rows it reports: the unpaid ones (a few per cent of an
-- agency's invoices), and the due and paid dates without the rest of the row.
create index invoice_agency_unpaid_due on invoice (agency_id, due_date, id) where status <> 'PAID';
create index invoice_agency_due_paid on invoice (agency_id, due_date) include (paid_on);
create index invoice_agency_paid_on on invoice (agency_id, paid_on) include (total, received_at)
    where paid_on is not null;
