package org.challengemarket.platform.audit;

import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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
        assertEquals(before + 1, verifiedEvents());

        as(officer).post("/api/v1/challenges/" + id + "/publish").then().statusCode(200);
        assertEquals(before + 2, verifiedEvents());

        as(officer)
                .contentType(ContentType.JSON)
                .body(Map.of("summary", "The pilot covers two offices, not one.", "context", "Two offices."))
                .post("/api/v1/challenges/" + id + "/amendments")
                .then()
                .statusCode(201);
        assertEquals(before + 3, verifiedEvents());

        as(officer)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The budget was moved to another programme."))
                .post("/api/v1/challenges/" + id + "/cancel")
                .then()
                .statusCode(200);
        assertEquals(before + 4, verifiedEvents());

        List<String[]> events = eventsOf(id);
        assertEquals(
                List.of("challenge.drafted", "challenge.published", "challenge.amended", "challenge.cancelled"),
                events.stream().map(e -> e[0]).toList());
        for (String[] event : events) {
            assertEquals(subject, event[1], "who");
            assertEquals(agency.id().toString(), event[2], "for which organisation");
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
        assertEquals(before, verifiedEvents());
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
            SQLException update = assertThrows(
                    SQLException.class,
                    () -> execute(connection, "update audit_event set details = 'rewritten' where seq = " + seq));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(
                    SQLException.class, () -> execute(connection, "delete from audit_event where seq = " + seq));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            SQLException truncate = assertThrows(SQLException.class, () -> execute(connection, "truncate audit_event"));
            assertTrue(truncate.getMessage().contains("append-only"), truncate.getMessage());
        }
        as(Tokens.admin()).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void aChangedEventIsReportedAsTheFirstBrokenOne() throws SQLException {
        Org agency = Fixtures.agency();
        String id = Fixtures.draft(agency, Map.<String, Object>of("title", "To be tampered with"));
        Fixtures.draft(agency, Map.<String, Object>of("title", "Written after it"));
        long seq = eventOf(id);
        String original = details(seq);
        as(Tokens.admin()).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));

        try {
            rewriteDetails(seq, "Nothing to see here");
            as(Tokens.admin())
                    .get("/api/v1/audit/verify")
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(false))
                    .body("firstBrokenEvent", equalTo((int) seq));
        } finally {
            rewriteDetails(seq, original);
        }
        as(Tokens.admin())
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("firstBrokenEvent", nullValue());
        assertTriggerEnabled();
    }

    @Test
    void eachOrganisationExtendsItsOwnChain() throws SQLException {
        Org first = Fixtures.agency();
        Org second = Fixtures.agency();
        long before = eventOf(Fixtures.draft(first, Map.<String, Object>of("title", "First of A")));
        long between = eventOf(Fixtures.draft(second, Map.<String, Object>of("title", "First of B")));
        long after = eventOf(Fixtures.draft(first, Map.<String, Object>of("title", "Second of A")));

        assertEquals(first.id().toString(), text("chain", before));
        assertEquals(second.id().toString(), text("chain", between));
        assertEquals(first.id().toString(), text("chain", after));
        assertTrue(between > before && after > between, "written in this order");
        assertEquals(text("hash", before), text("previous_hash", after), "B's event is not in A's chain");
        as(Tokens.admin())
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("brokenChains", hasSize(0));
    }

    @Test
    void theDatabaseKeepsEachNewEventInItsOrganisationsChain() throws SQLException {
        Org agency = Fixtures.agency();
        long seq = eventOf(Fixtures.draft(agency, Map.<String, Object>of("title", "Chained")));
        try (Connection connection = dataSource.getConnection()) {
            SQLException misplaced = assertThrows(
                    SQLException.class,
                    () -> execute(
                            connection,
                            "insert into audit_event (chain, occurred_at, actor, actor_organisation_id, action,"
                                    + " object_type, object_id, details, previous_hash, hash)"
                                    + " select 'system', occurred_at, actor, actor_organisation_id, action,"
                                    + " object_type, object_id, details, previous_hash, repeat('a', 64)"
                                    + " from audit_event where seq = " + seq));
            assertTrue(misplaced.getMessage().contains("audit_event_chain"), misplaced.getMessage());
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

            assertFalse(open.isDone(), "A's transaction is still open");
            assertEquals(1, eventsIn(second), "B's event is committed");
            assertEquals(0, eventsIn(first), "A's is not yet");
        } finally {
            release.countDown();
            open.get();
        }
        assertEquals(1, eventsIn(first));
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
            while (waitingForAChainHead() == 0) {
                Thread.sleep(10); // until the second writer's backend waits for the chain's head
            }
            assertFalse(waiting.isDone(), "the second writer waits for the first to end");
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
        assertEquals(3, chain.size());
        assertEquals(AuditLog.GENESIS, text("previous_hash", chain.get(0)));
        assertEquals("test.first", text("action", chain.get(1)));
        assertEquals(text("hash", chain.get(0)), text("previous_hash", chain.get(1)));
        assertEquals("test.second", text("action", chain.get(2)));
        assertEquals(text("hash", chain.get(1)), text("previous_hash", chain.get(2)));
        assertValid();
    }

    private void assertValid() {
        as(Tokens.admin())
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("firstBrokenEvent", nullValue())
                .body("brokenChains", hasSize(0));
    }

    /** The log is broken in the organisation's chain only, first at {@code seq}. */
    private void assertOnlyBroken(Org organisation, long seq) {
        as(Tokens.admin())
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("firstBrokenEvent", equalTo((int) seq))
                .body("brokenChains", hasSize(1))
                .body("brokenChains[0].chain", equalTo(organisation.id().toString()))
                .body("brokenChains[0].firstBrokenEvent", equalTo((int) seq));
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
            assertTrue(row.next());
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
        return as(Tokens.admin())
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .extract()
                .<Number>path("events")
                .longValue();
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
                        assertEquals(1, update.executeUpdate());
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
            assertTrue(row.next());
            assertEquals("O", row.getString(1), "the append-only trigger fires again");
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
            assertTrue(row.next());
            return row.getLong(1);
        }
    }

    private String details(long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select details from audit_event where seq = " + seq)) {
            assertTrue(row.next());
            return row.getString(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
