-- label: search (q + filter, 20)
-- Anonymous full-text search with a status or sector filter, first page of 20, over 200 queries.
select 'GET', '/api/v1/challenges?q=' || w || case when n % 2 = 0 then '&status=PUBLISHED'
                                                   else '&sector=' || s end || '&size=20', '', ''
from unnest(array['bus','parking','waste','solar','flood','school','sensor','elderly','permit','bike','heat',
                  'noise','housing','data','translation','charging','queue','tree','parcel','privacy'])
     with ordinality as w(w, n),
     unnest(array['mobility','energy','waste','health','education','digital-services','water','safety',
                  'housing','environment']) as s;
