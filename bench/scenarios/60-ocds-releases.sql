-- label: OCDS releases (page, 20)
-- Anonymous pages of 20 releases across the whole feed, as a reader following links.next gets
-- them: the first page, then pages whose cursor (base64url of "r" and the last sequence number
-- seen, as links.next carries it) is spread evenly from the oldest release to the newest; one
-- request in four instead asks for the first page since a day of the last week (an incubator's
-- daily or weekly pull).
with bounds as (select min(seq) as lo, max(seq) as hi, max(release_date) as latest from ocds_release),
     points as (select k, lo + (hi - lo) * k / 200 as seq, latest from bounds, generate_series(0, 199) k)
select 'GET',
       '/api/v1/ocds/releases?size=20'
         || case when p.k = 0 then ''
                 when p.k % 4 = 3 then '&since=' || to_char(date_trunc('day', p.latest at time zone 'UTC')
                                                            - (p.k % 7) * interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                 else '&cursor=' || rtrim(translate(encode(convert_to('r' || p.seq, 'UTF8'), 'base64'), '+/', '-_'), '=')
            end,
       '', ''
from points p order by p.k;
