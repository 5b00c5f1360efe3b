package org.challengemarket.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The hash of an audit event covers every field and the hash of the event before it. */
class AuditHashTest {

    @Test
    void theHashIsSha256HexAndStable() {
        String hash = AuditLog.hash(event());
        assertThat(hash.matches("[0-9a-f]{64}")).as(hash).isTrue();
        assertThat(AuditLog.hash(event())).isEqualTo(hash);
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        String original = AuditLog.hash(event());
        List<Consumer<AuditEvent>> changes = List.of(
                e -> e.previousHash = "1".repeat(64),
                e -> e.occurredAt = e.occurredAt.plusNanos(1000),
                e -> e.actor = "someone-else",
                e -> e.actorOrganisationId = null,
                e -> e.action = "challenge.cancelled",
                e -> e.objectType = "organisation",
                e -> e.objectId = UUID.randomUUID().toString(),
                e -> e.details = "Other details");
        for (Consumer<AuditEvent> change : changes) {
            AuditEvent changed = event();
            change.accept(changed);
            assertThat(AuditLog.hash(changed)).isNotEqualTo(original);
        }
    }

    @Test
    void movingTextAcrossAFieldBoundaryChangesTheHash() {
        AuditEvent original = event();
        original.objectId = "42";
        original.details = "x\ny";
        AuditEvent shifted = event();
        shifted.objectId = "42\nx";
        shifted.details = "y";
        assertThat(AuditLog.hash(shifted)).isNotEqualTo(AuditLog.hash(original));
    }

    private static AuditEvent event() {
        AuditEvent e = new AuditEvent();
        e.previousHash = AuditLog.GENESIS;
        e.occurredAt = Instant.parse("2026-03-01T09:30:00.123456Z");
        e.actor = "3c8a5c1e-4a53-4b1e-9d55-1f0f7e7d2a10";
        e.actorOrganisationId = UUID.fromString("0b6f2f1e-51a4-4e0e-8a89-7d4c1a5e9b21");
        e.action = "challenge.published";
        e.objectType = "challenge";
        e.objectId = "6a1a3f0c-0f9d-4d7c-bb0e-6a3c1e2d9f40";
        e.details = "Digital queue for the civil registry office";
        return e;
    }
}
