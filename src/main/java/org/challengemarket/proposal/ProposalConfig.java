package org.challengemarket.proposal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of proposals and their attachments. */
@ConfigMapping(prefix = "challengemarket.proposal")
public interface ProposalConfig {

    /** Largest attachment, in bytes (10 MB). */
    @WithDefault("10485760")
    long maxAttachmentBytes();

    /** Most attachments on one stage draft. */
    @WithDefault("5")
    int maxAttachments();
}
