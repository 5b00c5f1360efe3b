package org.challengemarket.platform.audit;

import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
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
import org.challengemarket.platform.security.Roles;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every change of a challenge extends the hash-chained audit log; the database refuses to change
 * or remove an event, and an event changed behind its back breaks the chain where it was changed.
 */
@QuarkusTest
class AuditChainTest {

    private static final String TRIGGER = "audit_event_no_update";

    @Inject
    AgroalDataSource dataSource;

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
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                execute(connection, "alter table audit_event disable trigger " + TRIGGER);
                try (PreparedStatement update =
                        connection.prepareStatement("update audit_event set details = ? where seq = ?")) {
                    update.setString(1, details);
                    update.setLong(2, seq);
                    assertEquals(1, update.executeUpdate());
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
