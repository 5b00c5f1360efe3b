package org.challengemarket.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.awaitility.Awaitility;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every change of a challenge extends its organisation's hash chain in the audit log; the database
 * refuses to change or remove an event, and an event changed, removed or moved behind its back
 * breaks its chain where that happened. Writers of different organisations do not wait for each
 * other; writers of one organisation take turns.
 */
@QuarkusTest
class AuditChainTest {

    private static final String TRIGGER = "audit_event_no_update";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditLog audit;

    @Test
    void everyLifecycleStepAddsOneEventAndTheChainStaysValid() throws SQLException {
        Org agency = Fixtures.agency();
        String officer = agency.officer();
        String subject = JsonPath.from(new String(Base64.getUrlDecoder().decode(officer.split("\\.")[1])))
                .getString("sub");

        long before = verifiedEvents();
        String id = as(officer)
                .contentType(ContentType.JSON)
                .body(Fixtures.publishableChallenge("Audited " + agency.id()))
                .post("/api/v1/challenges")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(verifiedEvents()).isEqualTo(before + 1);

        as(officer).post("/api/v1/challenges/" + id + "/publish").then().statusCode(200);
        assertThat(verifiedEvents()).isEqualTo(before + 2);

        as(officer)
                .contentType(ContentType.JSON)
                .body(Map.of("summary", "The pilot covers two offices, not one.", "context", "Two offices."))
                .post("/api/v1/challenges/" + id + "/amendments")
                .then()
                .statusCode(201);
        assertThat(verifiedEvents()).isEqualTo(before + 3);

        as(officer)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The budget was moved to another programme."))
                .post("/api/v1/challenges/" + id + "/cancel")
                .then()
                .statusCode(200);
        assertThat(verifiedEvents()).isEqualTo(before + 4);

        List<String[]> events = eventsOf(id);
        assertThat(events.stream().map(e -> e[0]).toList())
                .isEqualTo(List.of(
                        "challenge.drafted", "challenge.published", "challenge.amended", "challenge.cancelled"));
        for (String[] event : events) {
            assertThat(event[1]).as("who").isEqualTo(subject);
            assertThat(event[2])
                    .as("for which organisation")
                    .isEqualTo(agency.id().toString());
        }
    }

    @Test
    void refusedChangesAddNoEvent() {
        Org agency = Fixtures.agency();
        String id = Fixtures.draft(agency, Map.<String, Object>of("title", "Incomplete"));
        long before = verifiedEvents();
        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(422);
        assertThat(verifiedEvents()).isEqualTo(before);
    }

    @Test
    void onlyThePlatformAdminVerifies() {
        Org agency = Fixtures.agency();
        for (String role :
                List.of(Roles.AGENCY_OFFICER, Roles.EVALUATOR, Roles.FINANCE, Roles.COMPANY_MEMBER, Roles.INCUBATOR)) {
            assertProblem(as(agency.token(role)).get("/api/v1/audit/verify"), 403, "forbidden");
        }
        assertProblem(anonymous().get("/api/v1/audit/verify"), 401, "unauthorized");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEvents() throws SQLException {
        Org agency = Fixtures.agency();
        long seq = lastEventOf(agency.id().toString());
        try (Connection connection = dataSource.getConnection()) {
            SQLException update = assertThatExceptionOfType(SQLException.class)
                    .isThrownBy(() ->
                            execute(connection, "update audit_event set details = 'rewritten' where seq = " + seq))
                    .actual();
            assertThat(update.getMessage()).contains("append-only");
            SQLException delete = assertThatExceptionOfType(SQLException.class)
                    .isThrownBy(() -> execute(connection, "delete from audit_event where seq = " + seq))
                    .actual();
            assertThat(delete.getMessage()).contains("append-only");
            SQLException truncate = assertThatExceptionOfType(SQLException.class)
                    .isThrownBy(() -> execute(connection, "truncate audit_event"))
                    .actual();
            assertThat(truncate.getMessage()).contains("append-only");
        }
        JsonPath json = as(Tokens.admin())
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("valid")).isTrue();
    }

    @Test
    void aChangedEventIsReportedAsTheFirstBrokenOne() throws SQLException {
        Org agency = Fixtures.agency();
        String id = Fixtures.draft(agency, Map.<String, Object>of("title", "To be tampered with"));
        Fixtures.draft(agency, Map.<String, Object>of("title", "Written after it"));
        long seq = eventOf(id);
        String original = details(seq);
        JsonPath json = as(Tokens.admin())
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("valid")).isTrue();

        try {
            rewriteDetails(seq, "Nothing to see here");
            json = as(Tokens.admin())
                    .get("/api/v1/audit/verify")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(json.getBoolean("valid")).isFalse();
            assertThat(json.getInt("firstBrokenEvent")).isEqualTo((int) seq);
        } finally {
            rewriteDetails(seq, original);
        }
        json = as(Tokens.admin())
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("valid")).isTrue();
        assertThat(json.<Object>get("firstBrokenEvent")).isNull();
        assertTriggerEnabled();
    }

    @Test
    void eachOrganisationExtendsItsOwnChain() throws SQLException {
        Org first = Fixtures.agency();
        Org second = Fixtures.agency();
        long before = eventOf(Fixtures.draft(first, Map.<String, Object>of("title", "First of A")));
        long between = eventOf(Fixtures.draft(second, Map.<String, Object>of("title", "First of B")));
        long after = eventOf(Fixtures.draft(first, Map.<String, Object>of("title", "Second of A")));

        assertThat(text("chain", before)).isEqualTo(first.id().toString());
        assertThat(text("chain", between)).isEqualTo(second.id().toString());
        assertThat(text("chain", after)).isEqualTo(first.id().toString());
        assertThat(between > before && after > between)
                .as("written in this order")
                .isTrue();
        assertThat(text("previous_hash", after))
                .as("B's event is not in A's chain")
                .isEqualTo(text("hash", before));
        JsonPath json = as(Tokens.admin())
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("valid")).isTrue();
        assertThat(json.getList("brokenChains")).hasSize(0);
    }

    @Test
    void theDatabaseKeepsEachNewEventInItsOrganisationsChain() throws SQLException {
        Org agency = Fixtures.agency();
        long seq = eventOf(Fixtures.draft(agency, Map.<String, Object>of("title", "Chained")));
        try (Connection connection = dataSource.getConnection()) {
            SQLException misplaced = assertThatExceptionOfType(SQLException.class)
                    .isThrownBy(() -> execute(
                            connection,
                            "insert into audit_event (chain, occurred_at, actor, actor_organisation_id, action,"
                                    + " object_type, object_id, details, previous_hash, hash)"
                                    + " select 'system', occurred_at, actor, actor_organisation_id, action,"
                                    + " object_type, object_id, details, previous_hash, repeat('a', 64)"
                                    + " from audit_event where seq = " + seq))
                    .actual();
            assertThat(misplaced.getMessage()).contains("audit_event_chain");
        }
    }

    @Test
    void aRemovedEventBreaksItsChainAtTheEventAfterIt() throws SQLException {
        Org agency = Fixtures.agency();
        Fixtures.draft(agency, Map.<String, Object>of("title", "Kept before"));
        long removed = eventOf(Fixtures.draft(agency, Map.<String, Object>of("title", "Removed")));
        long next = eventOf(Fixtures.draft(agency, Map.<String, Object>of("title", "Kept after")));
        Fixtures.draft(Fixtures.agency(), Map.<String, Object>of("title", "In another chain"));

        String copy = copyOf(removed);
        try {
            tamper("delete from audit_event where seq = ?", removed);
            assertOnlyBroken(agency, next);
        } finally {
            restore(copy);
        }
        assertValid();
    }

    @Test
    void cuttingOffTheLastEventOfAChainIsDetected() throws SQLException {
        Org agency = Fixtures.agency();
        Fixtures.draft(agency, Map.<String, Object>of("title", "Kept"));
        long last = eventOf(Fixtures.draft(agency, Map.<String, Object>of("title", "Cut off")));

        String copy = copyOf(last);
        try {
            tamper("delete from audit_event where seq = ?", last);
            assertOnlyBroken(agency, last);
        } finally {
            restore(copy);
        }
        assertValid();
    }

    @Test
    void reorderedEventsBreakTheChainWhereTheOrderChanged() throws SQLException {
        Org agency = Fixtures.agency();
        Fixtures.draft(agency, Map.<String, Object>of("title", "First"));
        long second = eventOf(Fixtures.draft(agency, Map.<String, Object>of("title", "Second")));
        long third = eventOf(Fixtures.draft(agency, Map.<String, Object>of("title", "Third")));

        List<Object[]> swap = List.of(
                new Object[] {"update audit_event set seq = ? where seq = ?", new Object[] {-second, second}},
                new Object[] {"update audit_event set seq = ? where seq = ?", new Object[] {second, third}},
                new Object[] {"update audit_event set seq = ? where seq = ?", new Object[] {third, -second}});
        tamper(swap);
        try {
            assertOnlyBroken(agency, second);
        } finally {
            tamper(swap); // the same swap puts them back
        }
        assertValid();
    }

    @Test
    @Timeout(120) // a guard against a hang if the writers did wait for each other, not a measure
    void aWriterOfOneOrganisationCommitsWhileAnotherOrganisationsWriteIsStillOpen() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> open = CompletableFuture.runAsync(
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    audit.append("member-of-a", first, "test.held", "test", "a", "");
                    written.countDown();
                    await(release); // A's chain stays locked, its event uncommitted
                }));
        try {
            await(written);
            QuarkusTransaction.requiringNew()
                    .run(() -> audit.append("member-of-b", second, "test.done", "test", "b", ""));

            assertThat(open.isDone()).as("A's transaction is still open").isFalse();
            assertThat(eventsIn(second)).as("B's event is committed").isEqualTo(1);
            assertThat(eventsIn(first)).as("A's is not yet").isEqualTo(0);
        } finally {
            release.countDown();
            open.get();
        }
        assertThat(eventsIn(first)).isEqualTo(1);
        assertValid();
    }

    @Test
    @Timeout(120) // a guard against a hang, not a measure
    void writersOfOneOrganisationTakeTurnsAndLinkInCommitOrder() throws Exception {
        UUID organisation = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> audit.append("first-member", organisation, "test.earlier", "test", "0", ""));
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> open = CompletableFuture.runAsync(
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    audit.append("first-member", organisation, "test.first", "test", "1", "");
                    written.countDown();
                    await(release);
                }));
        CompletableFuture<Void> waiting;
        try {
            await(written);
            waiting = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                    .run(() -> audit.append("second-member", organisation, "test.second", "test", "2", "")));
            Awaitility.await("the second writer's backend waits for the chain's head")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> waitingForAChainHead() != 0);
            assertThat(waiting.isDone())
                    .as("the second writer waits for the first to end")
                    .isFalse();
        } finally {
            release.countDown();
            open.get();
        }
        waiting.get();
        List<Long> chain = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select seq from audit_event where chain = ? order by seq")) {
            query.setString(1, organisation.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    chain.add(rows.getLong(1));
                }
            }
        }
        assertThat(chain.size()).isEqualTo(3);
        assertThat(text("previous_hash", chain.get(0))).isEqualTo(AuditLog.GENESIS);
        assertThat(text("action", chain.get(1))).isEqualTo("test.first");
        assertThat(text("previous_hash", chain.get(1))).isEqualTo(text("hash", chain.get(0)));
        assertThat(text("action", chain.get(2))).isEqualTo("test.second");
        assertThat(text("previous_hash", chain.get(2))).isEqualTo(text("hash", chain.get(1)));
        assertValid();
    }

    private void assertValid() {
        JsonPath json = as(Tokens.admin())
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("valid")).isTrue();
        assertThat(json.<Object>get("firstBrokenEvent")).isNull();
        assertThat(json.getList("brokenChains")).hasSize(0);
    }

    /** The log is broken in the organisation's chain only, first at {@code seq}. */
    private void assertOnlyBroken(Org organisation, long seq) {
        JsonPath json = as(Tokens.admin())
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("valid")).isFalse();
        assertThat(json.getInt("firstBrokenEvent")).isEqualTo((int) seq);
        assertThat(json.getList("brokenChains")).hasSize(1);
        assertThat(json.getString("brokenChains[0].chain"))
                .isEqualTo(organisation.id().toString());
        assertThat(json.getInt("brokenChains[0].firstBrokenEvent")).isEqualTo((int) seq);
    }

    /** Keeps a copy of an event in a table of its own, to put it back after a test removed it. */
    private String copyOf(long seq) throws SQLException {
        String table = "audit_event_copy_" + seq;
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "create table " + table + " as select * from audit_event where seq = " + seq);
        }
        return table;
    }

    /** Puts a copied event back (inserting is what the log allows) and drops the copy. */
    private void restore(String copy) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "insert into audit_event select * from " + copy);
            execute(connection, "drop table " + copy);
        }
    }

    private long eventsIn(UUID organisation) throws SQLException {
        return single("select count(*) from audit_event where chain = '" + organisation + "'");
    }

    private long waitingForAChainHead() throws SQLException {
        return single("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and query like '%from audit_chain where chain%for update%'");
    }

    private String text(String column, long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select " + column + " from audit_event where seq = " + seq)) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long verifiedEvents() {
        JsonPath verified = as(Tokens.admin())
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(verified.getBoolean("valid")).isTrue();
        return verified.<Number>get("events").longValue();
    }

    /**
     * Changes an event behind the service's back: the append-only trigger is off only inside this
     * one transaction (PostgreSQL DDL is transactional, so a failure leaves it on).
     */
    private void rewriteDetails(long seq, String details) throws SQLException {
        tamper("update audit_event set details = ? where seq = ?", details, seq);
    }

    /** Runs statements that each change one row, with the append-only trigger off in their transaction. */
    private void tamper(String sql, Object... parameters) throws SQLException {
        tamper(List.of(new Object[][] {{sql, parameters}}));
    }

    private void tamper(List<Object[]> statements) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                execute(connection, "alter table audit_event disable trigger " + TRIGGER);
                for (Object[] statement : statements) {
                    try (PreparedStatement update = connection.prepareStatement((String) statement[0])) {
                        Object[] parameters = (Object[]) statement[1];
                        for (int i = 0; i < parameters.length; i++) {
                            update.setObject(i + 1, parameters[i]);
                        }
                        assertThat(update.executeUpdate()).isEqualTo(1);
                    }
                }
                execute(connection, "alter table audit_event enable trigger " + TRIGGER);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        assertTriggerEnabled();
    }

    private void assertTriggerEnabled() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row =
                        statement.executeQuery("select tgenabled from pg_trigger where tgname = '" + TRIGGER + "'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1))
                    .as("the append-only trigger fires again")
                    .isEqualTo("O");
        }
    }

    private List<String[]> eventsOf(String objectId) throws SQLException {
        List<String[]> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select action, actor, actor_organisation_id from audit_event where object_id = ? order by seq")) {
            query.setString(1, objectId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
        }
        return events;
    }

    private long eventOf(String objectId) throws SQLException {
        return single("select seq from audit_event where object_id = '" + objectId + "'");
    }

    private long lastEventOf(String objectId) throws SQLException {
        return single("select max(seq) from audit_event where object_id = '" + objectId + "'");
    }

    private long single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).isTrue();
            return row.getLong(1);
        }
    }

    private String details(long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select details from audit_event where seq = " + seq)) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
