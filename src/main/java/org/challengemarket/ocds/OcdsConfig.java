package org.challengemarket.ocds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How the procurement is published as Open Contracting Data Standard 1.1. */
@ConfigMapping(prefix = "challengemarket.ocds")
public interface OcdsConfig {

    /** The registered ocid prefix ({@code ocds-} and six characters); each challenge's ocid follows it. */
    @WithDefault("ocds-chmkt1")
    String ocidPrefix();

    /** The publisher named in every package. */
    @WithDefault("Challenge Market")
    String publisherName();

    /** The licence of the data, a URL. */
    @WithDefault("https://creativecommons.org/licenses/by/4.0/")
    String license();

    /** Where the publication policy is explained, a URL (left out when not set). */
    Optional<String> publicationPolicy();

    /** Language of the texts (ISO 639-1). */
    @WithDefault("en")
    String language();
}
