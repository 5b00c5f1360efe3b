package org.challengemarket.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeSummary;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.organisation.dto.OrganisationDtos.OrganisationRef;
import org.challengemarket.platform.money.MoneyDto;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;

/**
 * Full-text search over challenges with PostgreSQL ({@code tsvector} + GIN). At most two statements
 * per page, whatever its size: one page of rows with their agency joined, and a count (which a search
 * by relevance takes from the page's own statement, as it ranks every match anyway). Callers go through
 * {@link ChallengeSearchPages}, which answers the public search from memory when it can.
 */
@ApplicationScoped
class ChallengeSearch {

    @Inject
    EntityManager em;

    @Transactional
    PageDto<ChallengeSummary> find(ChallengeQuery query, UUID viewerOrganisation, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder();
        if (viewerOrganisation == null) {
            where.append("c.status <> 'DRAFT'");
        } else {
            where.append("(c.status <> 'DRAFT' or c.agency_id = :viewer)");
            params.put("viewer", viewerOrganisation);
        }
        if (query.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", query.status().name());
        }
        if (query.sector() != null) {
            where.append(" and lower(c.sector) = lower(:sector)");
            params.put("sector", query.sector());
        }
        if (query.agency() != null) {
            where.append(" and c.agency_id = :agency");
            params.put("agency", query.agency());
        }
        if (query.budgetMin() != null) {
            where.append(" and c.budget_amount >= :budgetMin");
            params.put("budgetMin", query.budgetMin());
        }
        if (query.budgetMax() != null) {
            where.append(" and c.budget_amount <= :budgetMax");
            params.put("budgetMax", query.budgetMax());
        }
        if (query.deadlineFrom() != null) {
            where.append(" and c.deadline >= :deadlineFrom");
            params.put("deadlineFrom", query.deadlineFrom());
        }
        if (query.deadlineTo() != null) {
            where.append(" and c.deadline < :deadlineTo");
            params.put("deadlineTo", query.deadlineTo());
        }
        if (query.q() != null) {
            // last: on a row read in full, the cheap column filters run before the text vector is unpacked
            where.append(" and c.search_vector @@ websearch_to_tsquery('simple', :q)");
            params.put("q", query.q());
        }

        ChallengeQuery.Sort sort = query.sort() != null
                ? query.sort()
                : query.q() != null ? ChallengeQuery.Sort.RELEVANCE : ChallengeQuery.Sort.PUBLISHED_DESC;
        if (sort == ChallengeQuery.Sort.RELEVANCE) {
            // every match is ranked to find the first page anyway, so one statement also counts them
            List<Object[]> rows = rows(where, params, sort, page, true);
            long total = rows.isEmpty() ? (page.offset() == 0 ? 0 : count(where, params)) : total(rows.get(0));
            return PageDto.of(rows.stream().map(ChallengeSearch::summary).toList(), page, total);
        }
        long total = count(where, params);
        if (total == 0 || page.offset() >= total) {
            return PageDto.of(List.of(), page, total);
        }
        return PageDto.of(
                rows(where, params, sort, page, false).stream()
                        .map(ChallengeSearch::summary)
                        .toList(),
                page,
                total);
    }

    /** The number of matches; the agency is not joined, every challenge has one. */
    private long count(CharSequence where, Map<String, Object> params) {
        Query count = em.createNativeQuery("select count(*) from challenge c where " + where);
        params.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** One page of matches with their agency, and with {@code counted} the number of all matches last. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(
            CharSequence where,
            Map<String, Object> params,
            ChallengeQuery.Sort sort,
            PageRequest page,
            boolean counted) {
        String rank = params.containsKey("q") ? "ts_rank(c.search_vector, websearch_to_tsquery('simple', :q))" : "0";
        Query rows = em.createNativeQuery("select c.id, c.status, c.title, left(c.problem_statement, 280), c.sector,"
                        + " o.id as agency_id, o.name, c.budget_amount, c.budget_currency, c.number_of_pilots,"
                        + " array_to_string(c.languages, ','), c.deadline, c.published_at, " + rank + " as rank"
                        + (counted ? ", count(*) over () as total" : "")
                        + " from challenge c join organisation o on o.id = c.agency_id where " + where
                        + " order by " + sort.sql + " limit :limit offset :offset")
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset());
        params.forEach(rows::setParameter);
        return rows.getResultList();
    }

    private static long total(Object[] row) {
        return ((Number) row[row.length - 1]).longValue();
    }

    private static ChallengeSummary summary(Object[] r) {
        String languages = (String) r[10];
        return new ChallengeSummary(
                (UUID) r[0],
                ChallengeStatus.valueOf((String) r[1]),
                (String) r[2],
                (String) r[3],
                (String) r[4],
                new OrganisationRef((UUID) r[5], (String) r[6], OrganisationType.AGENCY),
                r[7] == null ? null : new MoneyDto((BigDecimal) r[7], ((String) r[8]).trim()),
                r[9] == null ? null : ((Number) r[9]).intValue(),
                languages == null || languages.isEmpty() ? List.of() : Arrays.asList(languages.split(",")),
                instant(r[11]),
                instant(r[12]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected time type " + value.getClass());
    }
}
