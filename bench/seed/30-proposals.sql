-- 200,000 proposals per unit of scale (12 on each open challenge, 10 on every other non-draft
-- one), each from a different company. Open challenges: a quarter drafts, the rest submitted, all
-- with a complete stage-1 draft (so they can be submitted again). Past challenges: submitted,
-- shortlisted, awarded, not shortlisted or withdrawn, with a sealed submission per stage reached.
create temporary table seed_proposal as
select md5('proposal-' || c.i || '-' || k)::uuid as id, c.id as challenge_id, c.i, k, c.status as challenge_status,
       md5('company-' || (1 + (c.i * 37 + k * 157) % companies))::uuid as company_id,
       1 + (c.i * 37 + k * 157) % companies as company_i,
       c.opens_at,
       case c.status
            when 'PUBLISHED' then case when k % 4 = 0 then 'DRAFT' else 'SUBMITTED' end
            when 'IN_EVALUATION' then case when k < 6 then 'SHORTLISTED' when k = 9 then 'WITHDRAWN' else 'NOT_SHORTLISTED' end
            when 'CANCELLED' then 'SUBMITTED'
            else case when k < 1 + c.i % 3 then 'AWARDED' when k = 9 then 'WITHDRAWN'
                      when k < 6 then 'NOT_AWARDED' else 'NOT_SHORTLISTED' end end as status
from seed_challenge c, seed_settings,
     generate_series(0, case when c.status = 'PUBLISHED' then 11 else 9 end) k
where c.status <> 'DRAFT';

insert into proposal (id, challenge_id, company_id, status, stage, created_at, updated_at, withdrawn_at, version)
select id, challenge_id, company_id, status,
       case when status in ('SHORTLISTED', 'AWARDED', 'NOT_AWARDED') then 2 else 1 end,
       opens_at + (k % 5) * interval '1 hour', opens_at + (k % 5) * interval '1 day' + k * interval '1 minute',
       case when status = 'WITHDRAWN' then opens_at + interval '6 days' end, 1
from seed_proposal;

insert into stage_draft (proposal_id, stage, content, updated_at)
select p.id, 1,
       json_build_object('costBand', (array['UP_TO_10000','10000_TO_20000','20000_TO_30000'])[1 + p.k % 3],
                         'solutionIdea', idea.t || ' ' || pg_temp.topic(p.i, 1) || '.',
                         'teamInBrief', team.t)::jsonb::text,
       p.opens_at + (p.k % 5) * interval '1 day'
from seed_proposal p
join seed_text idea on idea.n = (p.i * 12 + p.k) % 5000
join seed_text team on team.n = (p.company_i * 7) % 5000;

-- sealed submissions: stage 1 for every proposal that left draft, stage 2 for those shortlisted
insert into submission (id, proposal_id, stage, number, content, sha256, submitted_at, submitted_by)
select md5('submission-' || p.id || '-' || s.stage)::uuid, p.id, s.stage, 1, x.content,
       encode(sha256(convert_to(x.content, 'UTF8')), 'hex'),
       p.opens_at + s.stage * interval '2 days' + p.k * interval '1 minute', md5('member-' || p.company_i)::uuid::text
from seed_proposal p
join generate_series(1, 2) s(stage)
  on s.stage = 1 or p.status in ('SHORTLISTED', 'AWARDED', 'NOT_AWARDED')
join stage_draft d on d.proposal_id = p.id and d.stage = 1
cross join lateral (
  select json_build_object(
           'attachments', json_build_array(), 'challengeId', p.challenge_id,
           'company', json_build_object('enterpriseNumber', 'BE' || lpad((1000000000 + p.company_i)::text, 10, '0'),
                                        'legalName', 'Company ' || p.company_i, 'size', 'SMALL'),
           'fields', d.content::json, 'proposalId', p.id, 'stage', s.stage,
           'stageKind', case s.stage when 1 then 'EXPRESSION_OF_INTEREST' else 'FULL_PROPOSAL' end
         )::jsonb::text as content) x
where p.status <> 'DRAFT';
