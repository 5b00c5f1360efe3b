-- label: challenge detail (public)
-- Anonymous GET of an open challenge, over 1,000 different ones.
select 'GET', '/api/v1/challenges/' || id, '', ''
from challenge where status = 'PUBLISHED' order by id limit 1000;
