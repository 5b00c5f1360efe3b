package org.challengemarket.platform.work;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of how an instance stops its scheduled work. */
@ConfigMapping(prefix = "challengemarket.work")
public interface WorkConfig {

    /**
     * How long a stopping instance waits for the work in flight before it gives back its claims;
     * one webhook attempt takes at most its connect and read time-outs (5 s each).
     */
    @WithDefault("PT10S")
    Duration drainTimeout();
}
