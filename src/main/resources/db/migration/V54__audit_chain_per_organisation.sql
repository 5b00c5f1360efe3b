-- The audit log becomes one hash chain per acting organisation (and one, 'system', for anonymous
-- and system actions), so that writers of different organisations no longer wait for each other.
--
-- The events written so far form one chain across all organisations. Their hashes are evidence,
-- so they are neither rewritten nor re-chained: they keep their previous_hash and hash and become
-- the closed chain 'legacy', which is verified exactly as before. Adding the column with a default
-- fills it without updating a row (the append-only trigger stays on).
alter table audit_event add column chain text not null default 'legacy';
alter table audit_event alter column chain drop default;
-- a new event's chain is its acting organisation, or 'system' without one; only old events are 'legacy'
alter table audit_event add constraint audit_event_chain
    check (chain = 'legacy' or chain = coalesce(actor_organisation_id::text, 'system'));
-- each chain is walked and extended in sequence order
create index audit_event_chain_seq on audit_event (chain, seq);
alter table audit_event alter column seq set default nextval('audit_event_seq');

-- The head of each chain: its last event. Writers of a chain lock its head row (SELECT ... FOR
-- UPDATE), read the hash to link to and move the head in the same transaction as the event; the
-- verification also checks that each chain still ends where its head says (no event cut off).
create table audit_chain (
    chain      text   primary key,
    last_seq   bigint not null,
    last_hash  text   not null check (last_hash ~ '^[0-9a-f]{64}$')
);

insert into audit_chain (chain, last_seq, last_hash)
select 'legacy', seq, hash from audit_event order by seq desc limit 1;
