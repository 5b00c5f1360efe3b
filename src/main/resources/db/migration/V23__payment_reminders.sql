-- Payment reminders: one row per reminder sent, written with its notification in one
-- transaction. The primary key makes each reminder happen once, however many instances run.
create table payment_reminder (
    invoice_id  uuid        not null references invoice (id),
    -- DUE_IN_7_DAYS, DUE_TOMORROW and PAID happen once per invoice; OVERDUE once per late day
    kind        text        not null check (kind in ('DUE_IN_7_DAYS', 'DUE_TOMORROW', 'OVERDUE', 'PAID')),
    for_date    date        not null,
    sent_at     timestamptz not null,
    primary key (invoice_id, kind, for_date)
);

-- Notification types are now added by several features: the enum in the code is the list; the
-- database keeps the shape. Drops whichever check on the type column exists.
do $$
declare c record;
begin
    for c in select conname from pg_constraint
              where conrelid = 'notification'::regclass and contype = 'c'
                and pg_get_constraintdef(oid) like '%type%'
    loop
        execute 'alter table notification drop constraint ' || quote_ident(c.conname);
    end loop;
end $$;
alter table notification add constraint notification_type_shape check (type ~ '^[A-Z][A-Z_]{1,59}$');
