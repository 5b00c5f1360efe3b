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
        String words,
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
        words = orEmpty(words);
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
        QueryParams params = new QueryParams();
        ChallengeQuery.Sort order = ChallengeQuery.Sort.parse(sort);
        ChallengeQuery query = new ChallengeQuery(
                params.text("q", words, 200),
                params.enumValue("status", status, ChallengeStatus.class),
                params.text("sector", sector, 100),
                params.uuid("agency", agency),
                params.decimal("budgetMin", budgetMin),
                params.decimal("budgetMax", budgetMax),
                params.instant("deadlineFrom", deadlineFrom),
                params.instant("deadlineTo", deadlineTo),
                order == ChallengeQuery.Sort.RELEVANCE ? null : order);
        params.check(sort.isBlank() || order != null, "sort", "is not an order this page offers");
        params.done();
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
                                        .map(param -> param.getKey() + "="
                                                + URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8))
                                        .collect(Collectors.joining("&")));
    }

    private Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", words);
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
