-- Statistics for the planner, and a mark saying which scale this database holds.
create table if not exists bench_seed (scale int not null, seeded_at timestamptz not null);
delete from bench_seed;
insert into bench_seed select scale, now() from seed_settings;
