-- Reference rates for statutory late-payment interest (Directive 2011/7/EU; Belgian law of
-- 2 August 2002, art. 5): the ECB's main refinancing operations rate applied to its most recent
-- operation before the first calendar day of each half-year.
--
-- Source of the seeded values: ECB monetary policy decisions on the main refinancing operations
-- (MRO) rate, as published by the ECB (www.ecb.europa.eu, "Key ECB interest rates"):
--   2.50 % from 21 Dec 2022, 4.00 % from 21 Jun 2023, 4.50 % from 20 Sep 2023, 4.25 % from
--   12 Jun 2024, 3.15 % from 18 Dec 2024, 2.15 % from 11 Jun 2025, unchanged at the meetings of
--   July, September, October and December 2025 and February 2026.
-- They agree with the Belgian rates FPS Finance published for commercial transactions
-- (rate + 8 points, rounded up to the next half point): 10.50 % for 2023-H1, 12.50 % for
-- 2024-H1 and 2024-H2, 11.50 % for 2025-H1, 10.50 % for 2025-H2.
-- Later half-years are added by a platform admin (POST /api/v1/reference-rates).
create table reference_rate (
    half_year_start  date          primary key check (
        extract(day from half_year_start) = 1 and extract(month from half_year_start) in (1, 7)),
    rate             numeric(6, 3) not null check (rate between -10 and 50),
    source           text          not null check (length(btrim(source)) between 1 and 500),
    recorded_at      timestamptz   not null,
    recorded_by      text          not null
);

insert into reference_rate (half_year_start, rate, source, recorded_at, recorded_by) values
    ('2023-01-01', 2.500, 'ECB MRO rate in force since 21 Dec 2022', now(), 'migration V22'),
    ('2023-07-01', 4.000, 'ECB MRO rate in force since 21 Jun 2023', now(), 'migration V22'),
    ('2024-01-01', 4.500, 'ECB MRO rate in force since 20 Sep 2023', now(), 'migration V22'),
    ('2024-07-01', 4.250, 'ECB MRO rate in force since 12 Jun 2024', now(), 'migration V22'),
    ('2025-01-01', 3.150, 'ECB MRO rate in force since 18 Dec 2024', now(), 'migration V22'),
    ('2025-07-01', 2.150, 'ECB MRO rate in force since 11 Jun 2025', now(), 'migration V22'),
    ('2026-01-01', 2.150, 'ECB MRO rate in force since 11 Jun 2025 (unchanged in Dec 2025)', now(), 'migration V22');
