package org.challengemarket.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.challengemarket.platform.outbox.Outbox;

/**
 * The public events of a pilot contract, appended to the outbox in the transaction of the change:
 * signed, and progressed (a milestone accepted or a payment recorded). Open data follows them.
 */
@ApplicationScoped
public class ContractEvents {

    /** A pilot contract was signed. */
    public static final String SIGNED = "contract.signed";

    /** A milestone of a pilot contract was accepted, or a payment on it was recorded. */
    public static final String PROGRESSED = "contract.progressed";

    @Inject
    Outbox outbox;

    public void signed(UUID contractId) {
        append(SIGNED, contractId);
    }

    public void progressed(UUID contractId) {
        append(PROGRESSED, contractId);
    }

    private void append(String type, UUID contractId) {
        outbox.append(type, "contract", contractId, "{\"contractId\":\"" + contractId + "\"}");
    }
}
