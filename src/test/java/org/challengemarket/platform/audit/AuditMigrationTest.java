package org.challengemarket.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.challengemarket.platform.audit.AuditLog.Head;
import org.challengemarket.platform.audit.AuditLog.Verification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The events written while the audit log was one chain across all organisations stay as they were
 * written: migration V54 makes them the closed chain {@code legacy}, which verifies as before, and
 * a change to one of them is still found.
 */
@QuarkusTest
class AuditMigrationTest {

    private static final String DATABASE = "audit_migration_check";
    private static final MigrationVersion BEFORE_V54 = MigrationVersion.fromVersion("54");

    private String url;

    @BeforeEach
    void freshDatabase() throws SQLException {
        String main = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        url = main.replaceFirst("/postgres(\\?|$)", "/" + DATABASE + "$1");
        try (Connection connection = DriverManager.getConnection(main, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE);
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        String main = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection connection = DriverManager.getConnection(main, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
        }
    }

    @Test
    void eventsOfTheSingleChainBecomeTheLegacyChainAndStillVerify() throws SQLException {
        migrate(BEFORE_V54);
        List<AuditEvent> written = new ArrayList<>();
        String previous = AuditLog.GENESIS;
        // one chain across organisations and system actions, as the log was written before V54
        UUID[] actors = {UUID.randomUUID(), null, UUID.randomUUID(), UUID.randomUUID()};
        try (Connection connection = connect()) {
            for (int i = 0; i < actors.length; i++) {
                AuditEvent event = event(i, actors[i], previous);
                insertOldStyle(connection, event);
                written.add(event);
                previous = event.hash;
            }
        }
        migrate(null);

        try (Connection connection = connect()) {
            List<AuditEvent> events = events(connection);
            assertThat(events.size()).isEqualTo(written.size());
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).chain).isEqualTo(AuditLog.LEGACY);
                assertThat(events.get(i).hash)
                        .as("hashes are evidence: never rewritten")
                        .isEqualTo(written.get(i).hash);
                assertThat(events.get(i).previousHash).isEqualTo(written.get(i).previousHash);
            }
            List<Head> heads = heads(connection);
            assertThat(heads).isEqualTo(List.of(new Head(AuditLog.LEGACY, events.get(3).seq, previous)));

            Verification valid = check(heads, events);
            assertThat(valid.valid()).isTrue();
            assertThat(valid.events()).isEqualTo(4);
            assertThat(valid.chains()).isEqualTo(1);
            assertThat(valid.firstBrokenSeq()).isNull();

            events.get(1).details = "rewritten";
            Verification changed = check(heads, events);
            assertThat(changed.valid()).isFalse();
            assertThat(changed.firstBrokenSeq()).isEqualTo(events.get(1).seq);
            assertThat(changed.brokenChains().get(0).chain()).isEqualTo(AuditLog.LEGACY);
        }
    }

    @Test
    void anEmptyLogHasNoLegacyChain() throws SQLException {
        migrate(null);
        try (Connection connection = connect()) {
            assertThat(heads(connection)).isEqualTo(List.of());
            Verification verification = check(List.of(), List.of());
            assertThat(verification.valid()).isTrue();
            assertThat(verification.chains()).isEqualTo(0);
        }
    }

    /** Migrates to {@code before} (every migration numbered lower) or, when null, to the latest. */
    private void migrate(MigrationVersion before) {
        var configuration = Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration");
        if (before != null) {
            MigrationVersion last = Arrays.stream(configuration.load().info().all())
                    .map(MigrationInfo::getVersion)
                    .filter(v -> v.compareTo(before) < 0)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            configuration.target(last);
        }
        configuration.load().migrate();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    private static AuditEvent event(int i, UUID organisation, String previous) {
        AuditEvent event = new AuditEvent();
        event.seq = (long) i + 1;
        event.occurredAt = Instant.parse("2026-01-05T10:00:00.000001Z").plusSeconds(i);
        event.actor = organisation == null ? "system" : UUID.randomUUID().toString();
        event.actorOrganisationId = organisation;
        event.action = "challenge.drafted";
        event.objectType = "challenge";
        event.objectId = UUID.randomUUID().toString();
        event.details = "Event " + i;
        event.previousHash = previous;
        event.hash = AuditLog.hash(event);
        return event;
    }

    private static void insertOldStyle(Connection connection, AuditEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_event (seq, occurred_at, actor, actor_organisation_id, action, object_type,"
                        + " object_id, details, previous_hash, hash)"
                        + " values (nextval('audit_event_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(event.occurredAt));
            insert.setString(2, event.actor);
            insert.setObject(3, event.actorOrganisationId);
            insert.setString(4, event.action);
            insert.setString(5, event.objectType);
            insert.setString(6, event.objectId);
            insert.setString(7, event.details);
            insert.setString(8, event.previousHash);
            insert.setString(9, event.hash);
            insert.executeUpdate();
        }
    }

    private static List<AuditEvent> events(Connection connection) throws SQLException {
        List<AuditEvent> events = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select * from audit_event order by chain, seq")) {
            while (rows.next()) {
                AuditEvent event = new AuditEvent();
                event.seq = rows.getLong("seq");
                event.chain = rows.getString("chain");
                event.occurredAt = rows.getTimestamp("occurred_at").toInstant();
                event.actor = rows.getString("actor");
                event.actorOrganisationId = rows.getObject("actor_organisation_id", UUID.class);
                event.action = rows.getString("action");
                event.objectType = rows.getString("object_type");
                event.objectId = rows.getString("object_id");
                event.details = rows.getString("details");
                event.previousHash = rows.getString("previous_hash");
                event.hash = rows.getString("hash");
                events.add(event);
            }
        }
        return events;
    }

    private static List<Head> heads(Connection connection) throws SQLException {
        List<Head> heads = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select chain, last_seq, last_hash from audit_chain")) {
            while (rows.next()) {
                heads.add(new Head(rows.getString(1), rows.getLong(2), rows.getString(3)));
            }
        }
        return heads;
    }

    private static Verification check(List<Head> heads, List<AuditEvent> events) {
        ChainCheck check = new ChainCheck(heads);
        events.forEach(check::accept);
        return check.result();
    }
}
