-- A shortlist decision keeps the ranking it was taken on and the reason for any departure from it.
alter table shortlist_decision
    add column ranking text,
    add column departure_reason text check (departure_reason is null
        or length(btrim(departure_reason)) between 10 and 5000);
