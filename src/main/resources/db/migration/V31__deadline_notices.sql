-- One row per stage deadline announced as approaching: the unique key makes the announcement
-- happen exactly once, however many instances run the job at the same moment. A deadline that
-- moves later is a new deadline and is announced again.
create table deadline_notice (
    challenge_id  uuid        not null references challenge (id),
    stage         integer     not null check (stage between 1 and 5),
    deadline      timestamptz not null,
    event_id      uuid        not null,
    noticed_at    timestamptz not null,
    primary key (challenge_id, stage, deadline)
);
