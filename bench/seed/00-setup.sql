-- Large, reproducible data set for benchmarks and growth checks. Run with psql -v scale=N (1 =
-- 50 agencies, 2,000 companies, 20,000 challenges, 200,000 proposals). Every id is md5 of a name
-- and every pseudo-random choice comes from setseed, so two runs of one scale produce the same rows
-- (times are relative to the moment of seeding, so that a quarter of challenges stay open).
\set ON_ERROR_STOP on
set max_parallel_workers_per_gather = 0;  -- one process, so random() after setseed is reproducible
set synchronous_commit = off;

create temporary table seed_settings as
select :scale::int as scale,
       50 * :scale::int as agencies,
       2000 * :scale::int as companies,
       20000 * :scale::int as challenges,
       date_trunc('hour', now()) as t0;

-- Texts mix common words (most of every text) with three topic words per challenge drawn from a
-- vocabulary of public-sector problems, so that a topic word matches one or two percent of the
-- challenges, as words of real procurement texts do, and full-text search has realistic hit counts.
create temporary table seed_words as
select array[
  'the','and','to','of','in','for','with','we','our','city','service','people','need','today','more','less',
  'time','cost','public','team','pilot','solution','problem','users','current','process','better','new','would',
  'help','work','support','system','information','local','staff','each','year','week','many','often','because',
  'without','should','could','must','can','all','some','most','during','after','before','between','across',
  'within','region','municipality','agency','department','partners','results','measure','improve','reduce',
  'increase','existing','available','manual','slow','costly','difficult','complex','several','different','main',
  'key','clear','simple','open','shared','common','small','large','high','low','month','data','use','make'
]::text[] as w,
array[
  'bus','tram','bike','parking','traffic','road','bridge','street','school','library','hospital','clinic',
  'waste','recycling','bins','collection','energy','solar','heating','insulation','lighting','water','flood',
  'river','sewer','drought','air','noise','pollution','emissions','tree','park','garden','citizen','resident',
  'elderly','children','students','teachers','nurses','patients','visitors','tourists','commuters','shops',
  'market','permit','form','appointment','queue','waiting','counter','portal','app','sensor','map',
  'dashboard','camera','signal','crossing','pedestrian','safety','accident','fire','police','emergency',
  'housing','rent','renovation','building','office','canteen','food','meals','fleet','vehicle','charging',
  'electric','battery','meter','billing','invoice','payment','tax','subsidy','grant','language','translation',
  'accessibility','wheelchair','blind','deaf','digital','paper','archive','records','privacy','security',
  'cyber','cloud','network','wifi','broadband','rural','village','district','port','canal','harbour',
  'logistics','delivery','parcel','freight','night','winter','summer','heat','cooling','storm','snow','salt',
  'maintenance','repair','inspection','complaint','feedback','survey','vote','participation','volunteer',
  'loneliness','care','home','social','welfare','jobs','training','skills','startup','innovation',
  'prediction','forecast','planning','schedule','routing','optimisation','automation','chatbot','model',
  'missed','late','fewer','faster','cheaper','cleaner','safer','quieter','greener','simpler'
]::text[] as topics;

create temporary table seed_sectors as
select array['mobility','energy','waste','health','education','digital-services','water','safety',
             'housing','environment','social','economy']::text[] as s;

-- words(n): n pseudo-random common words (volatile: a new draw per row)
create or replace function pg_temp.words(n int) returns text language sql volatile as $$
  select string_agg(w[1 + floor(random() * cardinality(w))::int], ' ')
  from seed_words, generate_series(1, n)
$$;

-- topic(i, k): the k-th topic word (1..3) of challenge i
create or replace function pg_temp.topic(i int, k int) returns text language sql immutable as $$
  select topics[1 + (i * (7 + 6 * k) + k * 31) % cardinality(topics)] from seed_words
$$;

select setseed(0.42);

-- 5,000 paragraphs of common words that proposals and profiles reuse (drawing words for each of
-- hundreds of thousands of rows would make seeding several times slower)
create temporary table seed_text as
select n, initcap(pg_temp.words(30 + n % 40)) || '.' as t
from generate_series(0, 4999) n;
