package org.challengemarket.portal.form;

import io.quarkus.qute.TemplateData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.challengemarket.challenge.ChallengeQuery;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.web.QueryParams;

/**
 * The search form of the challenge list, with the filters of {@code GET /api/v1/challenges}. It
 * keeps what was typed, reads it with the API's rules, and builds the links to other pages.
 */
@TemplateData
public record SearchForm(
        String q,
        String status,
        String sector,
        String agency,
        String budgetMin,
        String budgetMax,
        String deadlineFrom,
        String deadlineTo,
        String sort) {

    /** The sort orders the page offers, by their API value. */
    public enum SortOption {
        /** Best match when searching for words, else newest first: the API's default. */
        DEFAULT(""),
        NEWEST("-published"),
        DEADLINE("deadline"),
        DEADLINE_LAST("-deadline"),
        BUDGET("budget"),
        BUDGET_HIGHEST("-budget"),
        TITLE("title");

        private final String value;

        SortOption(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    public SearchForm {
        q = orEmpty(q);
        status = orEmpty(status);
        sector = orEmpty(sector);
        agency = orEmpty(agency);
        budgetMin = orEmpty(budgetMin);
        budgetMax = orEmpty(budgetMax);
        deadlineFrom = orEmpty(deadlineFrom);
        deadlineTo = orEmpty(deadlineTo);
        sort = orEmpty(sort);
    }

    /**
     * The query, or a refusal naming each bad filter (a word where an amount goes) on its field,
     * as the API would.
     */
    public ChallengeQuery toQuery() throws ProblemException {
        QueryParams p = new QueryParams();
        ChallengeQuery.Sort order = ChallengeQuery.Sort.parse(sort);
        ChallengeQuery query = new ChallengeQuery(
                p.text("q", q, 200),
                p.enumValue("status", status, ChallengeStatus.class),
                p.text("sector", sector, 100),
                p.uuid("agency", agency),
                p.decimal("budgetMin", budgetMin),
                p.decimal("budgetMax", budgetMax),
                p.instant("deadlineFrom", deadlineFrom),
                p.instant("deadlineTo", deadlineTo),
                order == ChallengeQuery.Sort.RELEVANCE ? null : order);
        p.check(sort.isBlank() || order != null, "sort", "is not an order this page offers");
        p.done();
        return query;
    }

    /** True when any filter is set. */
    public boolean filtered() {
        return !params().isEmpty();
    }

    /** The address of result page {@code page} with the same filters. */
    public String pageLink(int page) {
        Map<String, String> params = params();
        if (page > 1) {
            params.put("page", Integer.toString(page));
        }
        return "/challenges"
                + (params.isEmpty()
                        ? ""
                        : "?"
                                + params.entrySet().stream()
                                        .map(e -> e.getKey() + "="
                                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                                        .collect(Collectors.joining("&")));
    }

    private Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", q);
        put(params, "status", status);
        put(params, "sector", sector);
        put(params, "agency", agency);
        put(params, "budgetMin", budgetMin);
        put(params, "budgetMax", budgetMax);
        put(params, "deadlineFrom", deadlineFrom);
        put(params, "deadlineTo", deadlineTo);
        put(params, "sort", sort);
        return params;
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (!value.isBlank()) {
            params.put(name, value.strip());
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
