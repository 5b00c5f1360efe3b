-- The public search mostly asks for open challenges (status PUBLISHED, a quarter of them). With only
-- the GIN index over every challenge, a common word matches so many rows that PostgreSQL reads the
-- whole table and unpacks every challenge's text vector to test it. This smaller GIN index holds the
-- open challenges only, so "words + status=PUBLISHED" reads just the matching open rows.
create index challenge_search_published on challenge using gin (search_vector) where status = 'PUBLISHED';
