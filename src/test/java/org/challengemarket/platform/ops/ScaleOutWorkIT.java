package org.challengemarket.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.challengemarket.support.ServiceProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scheduled work shared by packaged instances of the service on one PostgreSQL, with their
 * schedulers on: 1,000 payment reminders and 1,000 webhook deliveries to a receiver on 127.0.0.1
 * are each done once between two instances, although one of them is killed outright mid-work
 * (the others take over its claims when their lease runs out). Then an instance that is stopped
 * gracefully mid-work gives its claims back as it stops, and the other finishes them at once.
 */
class ScaleOutWorkIT {

    private static final int REMINDERS = 1000;
    private static final int WEBHOOKS = 1000;
    private static final int MORE_WEBHOOKS = 400;
    /** Longer than a webhook attempt's time-outs (2 s + 3 s), short enough to wait for. */
    private static final Duration SHORT_LEASE = Duration.ofSeconds(10);

    private static final String HELD =
            "select count(*) from webhook_delivery where claimed_by = ? and status = 'PENDING'";
    private static final String DELIVERED =
            "select count(*) from webhook_delivery where subscription_id = ? and status = 'DELIVERED'";
    /** Deliveries not recorded delivered exactly once. */
    private static final String NOT_ONCE = "select count(*) from webhook_delivery d where d.subscription_id = ?"
            + " and (select count(*) from webhook_attempt t where t.delivery_id = d.id"
            + " and t.status_code between 200 and 299) <> 1";

    private static final Pattern INSTANCE = Pattern.compile("instance ([0-9a-f-]{36}) takes scheduled work");

    private EmbeddedPostgres postgres;
    private Receiver receiver;
    private final List<ServiceProcess> processes = new ArrayList<>();

    @BeforeEach
    void startDatabaseAndReceiver() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        receiver = new Receiver();
    }

    @AfterEach
    void stopEverything() throws IOException {
        try {
            processes.forEach(ServiceProcess::close);
        } finally {
            receiver.close();
            postgres.close();
        }
    }

    /**
     * An instance with its scheduled work polling every second in small batches, delivering
     * webhooks to the loopback receiver with short time-outs and retries; {@code lease} is how long
     * its webhook claims hold (the default, two minutes, when null).
     */
    private ServiceProcess start(Duration lease) {
        Map<String, String> env = ProductionProfileIT.productionSettings(postgres);
        env.put("CHALLENGEMARKET_WEBHOOKS_REQUIRE_HTTPS", "false");
        env.put("CHALLENGEMARKET_WEBHOOKS_ALLOW_LOOPBACK", "true");
        env.put("CHALLENGEMARKET_WEBHOOKS_POLL_INTERVAL", "1s");
        env.put("CHALLENGEMARKET_WEBHOOKS_BATCH_SIZE", "10");
        env.put("CHALLENGEMARKET_WEBHOOKS_CONNECT_TIMEOUT", "PT2S");
        env.put("CHALLENGEMARKET_WEBHOOKS_READ_TIMEOUT", "PT3S");
        env.put("CHALLENGEMARKET_WEBHOOKS_RETRY_DELAYS", "PT1S,PT1S,PT1S,PT1S,PT1S,PT1S");
        env.put("CHALLENGEMARKET_PAYMENT_REMINDER_INTERVAL", "1s");
        env.put("CHALLENGEMARKET_PAYMENT_REMINDER_DELAY", "1s");
        env.put("CHALLENGEMARKET_PAYMENT_REMINDER_BATCH_SIZE", "2");
        if (lease != null) {
            env.put("CHALLENGEMARKET_WEBHOOKS_LEASE", lease.toString());
        }
        // three JVMs start on a small machine: the quick compiler and one GC thread start them sooner
        ServiceProcess process = ServiceProcess.start(env, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        processes.add(process);
        return process;
    }

    @Test
    void remindersAndWebhooksAreDoneOnceBetweenInstancesWhenOneIsKilledAndAnotherStoppedMidWork() throws Exception {
        // both start at once: Flyway's lock lets one migrate while the other waits
        ServiceProcess a = start(SHORT_LEASE);
        ServiceProcess b = start(SHORT_LEASE);
        a.awaitReady(Duration.ofSeconds(150));
        b.awaitReady(Duration.ofSeconds(150));
        UUID idA = instanceId(a);
        UUID idB = instanceId(b);

        seedOverdueInvoices(REMINDERS);
        UUID first = subscribe("challenge.published");
        queueEvents("challenge.published", WEBHOOKS);

        // both take part, and A is killed while it holds claims and much work is left
        await(
                "both instances sending reminders and webhooks, A holding claims",
                Duration.ofSeconds(90),
                () -> count("select count(*) from payment_reminder where sent_by = ?", idA) > 0
                        && count("select count(*) from payment_reminder where sent_by = ?", idB) > 0
                        && count("select count(*) from webhook_attempt where instance_id = ?", idA) > 0
                        && count("select count(*) from webhook_attempt where instance_id = ?", idB) > 0
                        && count(HELD, idA) > 0);
        a.kill();
        Set<UUID> heldByA =
                uuids("select event_id from webhook_delivery where claimed_by = ? and status = 'PENDING'", idA);
        assertThat(heldByA).as("A held claims when it was killed").isNotEmpty();
        assertThat(count(DELIVERED, first))
                .as("work was left when A was killed")
                .isLessThan(WEBHOOKS - 50);

        // C starts meanwhile (it is needed below) and may help B finish
        ServiceProcess c = start(null);
        await(
                "the others finishing everything, A's claims once their lease ran out",
                Duration.ofSeconds(120),
                () -> count(DELIVERED, first) == WEBHOOKS
                        && count("select count(*) from payment_reminder") == REMINDERS);

        // every reminder once: one row and one notification per invoice, sent by A or B (or C)
        assertThat(count("select count(distinct invoice_id) from payment_reminder where kind = 'OVERDUE'"))
                .isEqualTo(REMINDERS);
        assertThat(count("select count(*) from notification where type = 'PAYMENT_OVERDUE'"))
                .isEqualTo(REMINDERS);
        assertThat(count("select count(distinct link) from notification where type = 'PAYMENT_OVERDUE'"))
                .isEqualTo(REMINDERS);
        assertThat(count("select count(*) from payment_reminder where sent_by is null"))
                .isZero();
        // every delivery recorded delivered once
        assertThat(count("select count(*) from webhook_delivery where subscription_id = ?", first))
                .isEqualTo(WEBHOOKS);
        assertThat(count(NOT_ONCE, first)).isZero();
        // what A held when it died was finished by another instance, once its lease had run out
        assertThat(uuids(
                        "select d.event_id from webhook_delivery d join webhook_attempt t on t.delivery_id = d.id"
                                + " where t.instance_id <> ? and t.status_code between 200 and 299 and d.attempts >= 2",
                        idA))
                .containsAll(heldByA);
        // on the wire: every event at least once, and twice only if A had it claimed when it died
        Map<UUID, Integer> wire = receiver.counts();
        assertThat(wire.keySet())
                .containsAll(uuids("select event_id from webhook_delivery where subscription_id = ?", first));
        Set<UUID> twice = wire.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(heldByA).as(() -> explain(twice, heldByA, idA, idB)).containsAll(twice);

        // a graceful stop: C claims for two minutes, so only its giving back lets B finish sooner
        c.awaitReady(Duration.ofSeconds(150));
        UUID idC = instanceId(c);
        UUID second = subscribe("challenge.awarded");
        queueEvents("challenge.awarded", MORE_WEBHOOKS);
        String attemptsBy = "select count(*) from webhook_attempt t join webhook_delivery d on d.id = t.delivery_id"
                + " where d.subscription_id = ? and t.instance_id = ?";
        await(
                "B and C both delivering, C holding claims",
                Duration.ofSeconds(60),
                () -> count(attemptsBy, second, idB) > 0 && count(attemptsBy, second, idC) > 0 && count(HELD, idC) > 0);
        c.stop(Duration.ofSeconds(60));

        assertThat(count("select count(*) from webhook_delivery where claimed_by = ?", idC))
                .as("C gave back every delivery it held")
                .isZero();
        assertThat(count("select count(*) from outbox_event where claimed_by = ?", idC))
                .as("C gave back every event it held")
                .isZero();
        assertThat(c.output()).contains("stopped its work and gave back");
        // within a minute, while C's leases would still hold for two what it had not given back
        await("B finishing what C gave back", Duration.ofSeconds(60), () -> count(DELIVERED, second) == MORE_WEBHOOKS);
        assertThat(count(NOT_ONCE, second)).isZero();
        Map<UUID, Integer> wireAfter = receiver.counts();
        assertThat(uuids("select event_id from webhook_delivery where subscription_id = ?", second))
                .as("a graceful stop sends nothing twice")
                .allSatisfy(event -> assertThat(wireAfter.get(event)).isEqualTo(1));
    }

    /** The attempts of the deliveries sent twice, for a failure message. */
    private String explain(Set<UUID> twice, Set<UUID> heldByA, UUID idA, UUID idB) {
        StringBuilder out = new StringBuilder("A=" + idA + " B=" + idB + "\n");
        for (UUID event : twice) {
            if (heldByA.contains(event)) {
                continue;
            }
            try (Connection db = connect();
                    PreparedStatement statement = db.prepareStatement(
                            "select d.attempts, d.created_at, t.instance_id, t.attempted_at, t.status_code,"
                                    + " t.duration_ms from webhook_delivery d left join webhook_attempt t on"
                                    + " t.delivery_id = d.id where d.event_id = ? order by t.attempted_at")) {
                statement.setObject(1, event);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        out.append(event).append(": attempts ").append(rows.getInt(1));
                        out.append(", created ").append(rows.getString(2));
                        out.append(", by ").append(rows.getString(3));
                        out.append(" at ").append(rows.getString(4));
                        out.append(" -> ").append(rows.getString(5));
                        out.append(" in ").append(rows.getString(6)).append(" ms\n");
                    }
                }
            } catch (SQLException e) {
                out.append(e);
            }
        }
        return out.toString();
    }

    /** The id the process announced for its claims. */
    private static UUID instanceId(ServiceProcess process) {
        Matcher m = INSTANCE.matcher(process.output());
        assertThat(m.find())
                .as("the instance announces its id:\n" + process.output())
                .isTrue();
        return UUID.fromString(m.group(1));
    }

    /** Polls {@code condition} until it holds; fails with the instances' output after {@code timeout}. */
    private void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                StringBuilder outputs = new StringBuilder();
                for (ServiceProcess process : processes) {
                    String out = process.output();
                    outputs.append("\n--- ")
                            .append(process.baseUri())
                            .append(process.isAlive() ? " (running)" : " (ended)")
                            .append(" ---\n")
                            .append(out, Math.max(0, out.length() - 4000), out.length());
                }
                throw new AssertionError("Not within " + timeout + ": " + what + outputs);
            }
            Thread.sleep(200);
        }
    }

    /**
     * Invoices whose payment is ten days late, one per milestone of 20 active pilot contracts, and a
     * finance member of their agency: each invoice owes one OVERDUE reminder today.
     */
    private void seedOverdueInvoices(int invoices) throws SQLException {
        int contracts = (invoices + 49) / 50;
        UUID agency = UUID.randomUUID();
        UUID challenge = UUID.randomUUID();
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            update(
                    db,
                    "insert into organisation (id, name, type, created_at) values (?, 'Scale-out agency', 'AGENCY',"
                            + " now() - interval '400 days')",
                    agency);
            update(
                    db,
                    "insert into member (id, organisation_id, username, display_name, email, roles, created_at)"
                            + " values (gen_random_uuid(), ?, 'scaleout.finance', 'Finance of the agency',"
                            + " 'finance@scaleout.example', array['finance'], now() - interval '400 days')",
                    agency);
            update(
                    db,
                    "insert into organisation (id, name, type, created_at) select md5(? || k)::uuid,"
                            + " 'Scale-out company ' || k, 'COMPANY', now() - interval '400 days'"
                            + " from generate_series(1, ?) k",
                    challenge.toString(),
                    contracts);
            update(
                    db,
                    "insert into challenge (id, agency_id, status, title, budget_amount, budget_currency,"
                            + " number_of_pilots, weight_problem_solving, weight_team_motivation,"
                            + " weight_implementation_cost, published_at, created_at, updated_at) values (?, ?,"
                            + " 'AWARDED', 'Many pilots at once', 600000, 'EUR', ?, 50, 30, 20,"
                            + " now() - interval '300 days', now() - interval '310 days', now() - interval '200 days')",
                    challenge,
                    agency,
                    contracts);
            update(
                    db,
                    "insert into award_decision (challenge_id, stage, awarded_at, standstill_ends_at,"
                            + " ranking_checked, decided_by) values (?, 2, now() - interval '200 days',"
                            + " now() - interval '190 days', true, 'scale-out test')",
                    challenge);
            update(
                    db,
                    "insert into proposal (id, challenge_id, company_id, status, stage, created_at, updated_at)"
                            + " select md5('proposal' || ? || k)::uuid, ?, md5(? || k)::uuid, 'AWARDED', 2,"
                            + " now() - interval '290 days', now() - interval '200 days' from generate_series(1, ?) k",
                    challenge.toString(),
                    challenge,
                    challenge.toString(),
                    contracts);
            update(
                    db,
                    "insert into pilot_contract (id, challenge_id, proposal_id, agency_id, company_id, status,"
                            + " value_amount, currency, vat_rate, starts_on, ends_on, payment_term_days, signed_at,"
                            + " signed_by, created_at, updated_at) select md5('contract' || ? || k)::uuid, ?,"
                            + " md5('proposal' || ? || k)::uuid, ?, md5(? || k)::uuid, 'ACTIVE', 25000, 'EUR', 21,"
                            + " current_date - 180, current_date + 180, 30, now() - interval '185 days', 'officer',"
                            + " now() - interval '190 days', now() - interval '185 days' from generate_series(1, ?) k",
                    challenge.toString(),
                    challenge,
                    challenge.toString(),
                    agency,
                    challenge.toString(),
                    contracts);
            update(
                    db,
                    "insert into milestone (id, contract_id, position, deliverable, amount, planned_on, status,"
                            + " delivered_at, acceptance_due_at, decided_at) select md5('milestone' || ? || n)::uuid,"
                            + " md5('contract' || ? || (1 + (n - 1) / 50))::uuid, 1 + (n - 1) % 50,"
                            + " 'Deliverable ' || n, 400, current_date - 60, 'ACCEPTED', now() - interval '50 days',"
                            + " now() - interval '20 days', now() - interval '45 days' from generate_series(1, ?) n",
                    challenge.toString(),
                    challenge.toString(),
                    invoices);
            update(
                    db,
                    "insert into invoice (id, contract_id, milestone_id, company_id, agency_id, number, issue_date,"
                            + " received_at, due_date, amount_excl_vat, vat_amount, total, currency, status)"
                            + " select gen_random_uuid(), md5('contract' || ? || (1 + (n - 1) / 50))::uuid,"
                            + " md5('milestone' || ? || n)::uuid, md5(? || (1 + (n - 1) / 50))::uuid, ?,"
                            + " 'SO-' || n, current_date - 40, now() - interval '40 days', current_date - 10,"
                            + " 400, 84, 484, 'EUR', 'RECEIVED' from generate_series(1, ?) n",
                    challenge.toString(),
                    challenge.toString(),
                    challenge.toString(),
                    agency,
                    invoices);
            db.commit();
        }
    }

    /** An incubator's active subscription to one event type, delivered to the receiver. */
    private UUID subscribe(String eventType) throws SQLException {
        UUID incubator = UUID.randomUUID();
        UUID subscription = UUID.randomUUID();
        try (Connection db = connect()) {
            update(
                    db,
                    "insert into organisation (id, name, type, created_at) values (?, ?, 'INCUBATOR',"
                            + " now() - interval '400 days')",
                    incubator,
                    "Scale-out incubator " + eventType);
            update(
                    db,
                    "insert into webhook_subscription (id, organisation_id, url, event_types, secret, status,"
                            + " created_at) values (?, ?, ?, array[?], ?, 'ACTIVE', now() - interval '1 minute')",
                    subscription,
                    incubator,
                    receiver.url(),
                    eventType,
                    "whsec_" + "c2NhbGUtb3V0LXRlc3Qtc2lnbmluZy1rZXktMTIzNDU2Nzg5MA==");
        }
        return subscription;
    }

    /** Public events in the outbox, as the features write them; each becomes one delivery. */
    private void queueEvents(String eventType, int events) throws SQLException {
        try (Connection db = connect()) {
            update(
                    db,
                    "insert into outbox_event (id, event_type, aggregate_type, aggregate_id, payload, created_at,"
                            + " available_at, attempts) select gen_random_uuid(), ?, 'challenge', x.c,"
                            + " json_build_object('challengeId', x.c, 'title', 'Scale-out challenge ' || x.n)::text,"
                            + " now(), now(), 0 from (select n, gen_random_uuid() c from generate_series(1, ?) n) x",
                    eventType,
                    events);
        }
    }

    private Connection connect() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private long count(String sql, Object... parameters) {
        try (Connection db = connect();
                PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Set<UUID> uuids(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect();
                PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            Set<UUID> ids = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    /**
     * A webhook receiver on 127.0.0.1 that counts each {@code webhook-id} it gets and takes a few
     * milliseconds per request, so that the work lasts long enough to be interrupted.
     */
    private static final class Receiver implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService threads = Executors.newFixedThreadPool(8);
        private final Map<UUID, Integer> counts = new ConcurrentHashMap<>();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                if (id != null) {
                    counts.merge(UUID.fromString(id), 1, Integer::sum);
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.setExecutor(threads);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        Map<UUID, Integer> counts() {
            return Map.copyOf(counts);
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
