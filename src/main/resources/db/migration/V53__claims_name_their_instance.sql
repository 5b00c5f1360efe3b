-- Claims name the instance that holds them (a random id each process makes at start), so that an
-- instance stopping gracefully gives back exactly its own unfinished claims, and the work records
-- which instance did it.
alter table outbox_event add column claimed_by uuid;
alter table outbox_event add constraint outbox_event_claim_holder
    check (claimed_by is null or claimed_until is not null);
create index outbox_event_claimed_by on outbox_event (claimed_by) where claimed_by is not null;

alter table webhook_delivery add column claimed_by uuid;
alter table webhook_delivery add constraint webhook_delivery_claim_holder
    check (claimed_by is null or claimed_until is not null);
create index webhook_delivery_claimed_by on webhook_delivery (claimed_by) where claimed_by is not null;

-- the instance that made the attempt (null for attempts made before this column)
alter table webhook_attempt add column instance_id uuid;

-- the instance that sent the reminder (null for reminders sent before this column)
alter table payment_reminder add column sent_by uuid;
