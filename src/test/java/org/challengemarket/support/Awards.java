package org.challengemarket.support;

import static org.challengemarket.support.Api.as;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Fixtures.Org;

/**
 * Walks a challenge through its three stages with the real API and the service clock, up to the
 * award and an active pilot contract, so contract and payment tests start where an agency would.
 */
public final class Awards {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private Awards() {}

    /** A company and its proposal. */
    public record Bidder(Org company, String proposalId) {
        public String token() {
            return company.token("company_member");
        }
    }

    /** A challenge whose final stage's deadline has passed, with its finalists and an early leaver. */
    public record Finalists(Org agency, String challengeId, List<Bidder> finalists, Bidder stoppedEarly) {}

    /** An active contract with its milestones (ids in order) and the parties. */
    public record Active(Org agency, Org company, String challengeId, String contractId, List<String> milestones) {
        public String finance() {
            return agency.token("finance");
        }

        public String officer() {
            return agency.officer();
        }

        public String companyToken() {
            return company.token("company_member");
        }
    }

    /**
     * Publishes a challenge and takes {@code count} companies through all three stages, each stage
     * evaluated by a panel of two so that the finalists rank in the order they were made, and
     * one more company that stops after the first stage.
     */
    public static Finalists finalists(ServiceClock clock, int count) {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Pilot " + agency.id());
        // every stage is evaluated: its panel is named before its deadline
        List<Evaluations.Panel> panels = List.of(
                Evaluations.panel(agency, challenge, 1),
                Evaluations.panel(agency, challenge, 2),
                Evaluations.panel(agency, challenge, 3));
        List<Bidder> all = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            Org company = Fixtures.company();
            String proposal = as(company.token("company_member"))
                    .post("/api/v1/challenges/" + challenge + "/proposals")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Bidder b = new Bidder(company, proposal);
            fill(b, 1, Fixtures.expressionOfInterest("Idea " + i));
            all.add(b);
        }
        List<Bidder> finalists = all.subList(0, count);
        passDeadline(clock, challenge, 0);
        panels.get(0).scoreInOrder(all.stream().map(Bidder::proposalId).toList());
        shortlist(agency, challenge, 1, finalists);
        for (Bidder b : finalists) {
            fill(b, 2, ProposalStageBuilder.fullProposal("15000.00").build());
        }
        passDeadline(clock, challenge, 1);
        panels.get(1).scoreInOrder(finalists.stream().map(Bidder::proposalId).toList());
        shortlist(agency, challenge, 2, finalists);
        Instant slot = clock.instant().plus(Duration.ofDays(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        for (Bidder b : finalists) {
            fill(b, 3, ProposalStageBuilder.pitch(slot, "15000.00").build());
        }
        passDeadline(clock, challenge, 2);
        // ranked in the order given: the first finalist is the best
        panels.get(2).scoreInOrder(finalists.stream().map(Bidder::proposalId).toList());
        return new Finalists(agency, challenge, List.copyOf(finalists), all.get(count));
    }

    /** Awards the given finalists, each for {@code value}; answers the raw response. */
    public static Response award(Finalists f, List<Bidder> winners, String value, String departureReason) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Bidder b : winners) {
            items.add(Map.of(
                    "proposalId", b.proposalId(), "value", Map.of("amount", new BigDecimal(value), "currency", "EUR")));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("awards", items);
        if (departureReason != null) {
            body.put("departureReason", departureReason);
        }
        return as(f.agency().officer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/challenges/" + f.challengeId() + "/awards");
    }

    /** The terms of a contract with milestones of the given amounts, planned within six months. */
    public static Map<String, Object> terms(ServiceClock clock, int termDays, String justification, String... amounts) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BRUSSELS);
        List<Map<String, Object>> milestones = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            milestones.add(Map.of(
                    "deliverable",
                    "Deliverable " + (i + 1),
                    "amount",
                    new BigDecimal(amounts[i]),
                    "plannedOn",
                    today.plusDays(30L * (i + 1)).toString()));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("vatRate", new BigDecimal("21.00"));
        body.put("startsOn", today.toString());
        body.put("endsOn", today.plusMonths(6).toString());
        body.put("paymentTermDays", termDays);
        if (justification != null) {
            body.put("paymentTermJustification", justification);
        }
        body.put("milestones", milestones);
        return body;
    }

    /**
     * An active contract of {@code value} with milestones of the given amounts (summing to it),
     * signed after the standstill period; the first milestone is delivered and accepted.
     */
    public static Active activeContract(ServiceClock clock, String value, String... amounts) {
        Finalists f = finalists(clock, 1);
        String contract = award(f, f.finalists(), value, null)
                .then()
                .statusCode(201)
                .extract()
                .path("awards[0].contractId");
        setTerms(f.agency(), contract, terms(clock, 30, null, amounts));
        clock.advance(Duration.ofDays(11));
        as(f.agency().officer())
                .post("/api/v1/contracts/" + contract + "/sign")
                .then()
                .statusCode(200);
        List<String> milestones = as(f.agency().officer())
                .get("/api/v1/contracts/" + contract)
                .then()
                .statusCode(200)
                .extract()
                .path("milestones.id");
        Bidder winner = f.finalists().get(0);
        deliverAndAccept(f.agency(), winner.company(), contract, milestones.get(0));
        return new Active(f.agency(), winner.company(), f.challengeId(), contract, milestones);
    }

    public static void setTerms(Org agency, String contract, Map<String, Object> terms) {
        String etag = as(agency.officer())
                .get("/api/v1/contracts/" + contract)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(agency.officer())
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(terms)
                .put("/api/v1/contracts/" + contract + "/terms")
                .then()
                .statusCode(200);
    }

    public static void deliverAndAccept(Org agency, Org company, String contract, String milestone) {
        as(company.token("company_member"))
                .contentType(ContentType.JSON)
                .body(Map.of("note", "Delivered as planned."))
                .post("/api/v1/contracts/" + contract + "/milestones/" + milestone + "/deliver")
                .then()
                .statusCode(200);
        as(agency.officer())
                .post("/api/v1/contracts/" + contract + "/milestones/" + milestone + "/accept")
                .then()
                .statusCode(200);
    }

    /** Sends an invoice for a milestone at 21 % VAT; answers the raw response. */
    public static Response invoice(Active a, String milestone, String number, String amount) {
        BigDecimal excl = new BigDecimal(amount);
        BigDecimal vat = excl.multiply(new BigDecimal("0.21")).setScale(2, java.math.RoundingMode.HALF_UP);
        return as(a.companyToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "milestoneId", milestone,
                        "number", number,
                        "issueDate",
                                LocalDate.ofInstant(Instant.now(), BRUSSELS)
                                        .minusDays(1)
                                        .toString(),
                        "amountExclVat", excl,
                        "vatAmount", vat,
                        "currency", "EUR"))
                .post("/api/v1/contracts/" + a.contractId() + "/invoices");
    }

    private static void fill(Bidder b, int stage, ProposalStageBuilder.ProposalStage body) {
        as(b.token())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/proposals/" + b.proposalId() + "/stages/" + stage)
                .then()
                .statusCode(200);
        as(b.token())
                .post("/api/v1/proposals/" + b.proposalId() + "/stages/" + stage + "/submit")
                .then()
                .statusCode(201);
    }

    private static void shortlist(Org agency, String challenge, int stage, List<Bidder> chosen) {
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "proposalIds",
                        chosen.stream().map(Bidder::proposalId).toList(),
                        "reason",
                        "The strongest answers to the problem."))
                .post("/api/v1/challenges/" + challenge + "/stages/" + stage + "/shortlist")
                .then()
                .statusCode(200);
    }

    private static void passDeadline(ServiceClock clock, String challenge, int stageIndex) {
        Instant deadline = Instant.parse(Api.anonymous()
                .get("/api/v1/challenges/" + challenge)
                .then()
                .extract()
                .path("stages[" + stageIndex + "].deadline"));
        Duration ahead = Duration.between(clock.instant(), deadline).plusMinutes(1);
        if (!ahead.isNegative()) {
            clock.advance(ahead);
        }
    }
}
