-- 50 agencies (an officer and a finance member each), 2,000 companies (a member and a complete
-- profile each), 5 incubators, per unit of scale.
insert into organisation (id, name, type, created_at)
select md5('agency-' || i)::uuid, 'Bench agency ' || lpad(i::text, 5, '0') || ' of ' || initcap(pg_temp.words(1)),
       'AGENCY', t0 - interval '1000 days'
from seed_settings, generate_series(1, agencies) i;

insert into organisation (id, name, type, created_at)
select md5('company-' || i)::uuid, initcap(pg_temp.words(1)) || ' ' || initcap(pg_temp.words(1)) || ' ' || i || ' BV',
       'COMPANY', t0 - interval '900 days'
from seed_settings, generate_series(1, companies) i;

insert into organisation (id, name, type, created_at)
select md5('incubator-' || i)::uuid, 'Bench incubator ' || i, 'INCUBATOR', t0 - interval '900 days'
from seed_settings, generate_series(1, 5 * scale) i;

insert into member (id, organisation_id, username, display_name, email, roles, created_at)
select md5('officer-' || i)::uuid, md5('agency-' || i)::uuid, 'bench.officer.' || i, 'Officer ' || i,
       'officer.' || i || '@agency.bench.example', array['agency_officer'], t0 - interval '1000 days'
from seed_settings, generate_series(1, agencies) i
union all
select md5('finance-' || i)::uuid, md5('agency-' || i)::uuid, 'bench.finance.' || i, 'Finance ' || i,
       'finance.' || i || '@agency.bench.example', array['finance'], t0 - interval '1000 days'
from seed_settings, generate_series(1, agencies) i
union all
select md5('member-' || i)::uuid, md5('company-' || i)::uuid, 'bench.member.' || i, 'Member ' || i,
       'member.' || i || '@company.bench.example', array['company_member'], t0 - interval '900 days'
from seed_settings, generate_series(1, companies) i;

insert into company_profile (organisation_id, legal_name, enterprise_number, company_size, sector, team_summary,
                             company_references, contact_name, contact_email, updated_at)
select md5('company-' || i)::uuid, o.name, 'BE' || lpad((1000000000 + i)::text, 10, '0'),
       (array['MICRO','SMALL','MEDIUM','LARGE'])[1 + i % 4], s[1 + i % cardinality(s)],
       team.t, refs.t, 'Member ' || i, 'member.' || i || '@company.bench.example',
       t0 - interval '800 days'
from seed_settings, seed_sectors, generate_series(1, companies) i
join organisation o on o.id = md5('company-' || i)::uuid
join seed_text team on team.n = (i * 7) % 5000
join seed_text refs on refs.n = (i * 11 + 3) % 5000;
