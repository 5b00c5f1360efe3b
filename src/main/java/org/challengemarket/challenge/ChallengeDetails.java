package org.challengemarket.challenge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeDetailCache.Detail;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.eclipse.microprofile.config.Config;

/**
 * Reads of a challenge's detail through this instance's {@link ChallengeDetailCache}: a published
 * challenge is answered from memory, without the database, until it changes. Drafts are never
 * cached (only their agency may see them). Started with the service: it listens for changes made by
 * any instance, and forgets a challenge as soon as a change of this instance commits.
 */
@ApplicationScoped
public class ChallengeDetails {

    @Inject
    ChallengeService challenges;

    @Inject
    ObjectMapper json;

    @Inject
    ChallengeConfig config;

    @Inject
    Config settings;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private ChallengeDetailCache cache = new ChallengeDetailCache(0);
    private ChallengeChangeListener listener;

    void start(@Observes StartupEvent event) {
        cache = new ChallengeDetailCache(config.detailCacheSize());
        if (config.detailCacheSize() > 0) {
            listener = new ChallengeChangeListener(
                            settings.getValue("quarkus.datasource.jdbc.url", String.class),
                            settings.getOptionalValue("quarkus.datasource.username", String.class)
                                    .orElse(null),
                            settings.getOptionalValue("quarkus.datasource.password", String.class)
                                    .orElse(null),
                            cache)
                    .start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        close();
    }

    @PreDestroy
    void close() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
    }

    /** A published challenge's detail if this instance has it in memory (anyone may see it). */
    public Optional<Detail> cached(UUID id) {
        return cache.get(id);
    }

    /** The detail the caller may see, as JSON with its version (404 when it may not). */
    public Detail read(UUID id) {
        Optional<Detail> cached = cache.get(id);
        if (cached.isPresent()) {
            return cached.get();
        }
        long generation = cache.generation();
        ChallengeDto challenge = challenges.get(id);
        Detail detail = new Detail(challenge.version(), json(challenge));
        if (challenge.status().isPublic()) {
            cache.putIfUnchanged(id, detail, generation);
        }
        return detail;
    }

    /** The current version of a challenge the caller may see, for conditional reads. */
    public Optional<Long> version(UUID id) {
        Optional<Detail> cached = cache.get(id);
        return cached.isPresent() ? Optional.of(cached.get().version()) : challenges.version(id);
    }

    /**
     * How many challenge changes this instance has heard of (its own at commit, any instance's from
     * the listener); it only grows. Lists that show many challenges (search) keep what they read for
     * one value of it.
     */
    long changesHeard() {
        return cache.generation();
    }

    /** Whether changes of other instances are heard now (otherwise nothing may be kept in memory). */
    boolean hearsChanges() {
        return cache.isEnabled();
    }

    /**
     * Forgets a challenge now and again when the current transaction ends, so that this instance
     * answers its change from the next request on (other instances learn it from the database).
     */
    void evictAfterCommit(UUID id) {
        cache.evict(id);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    cache.evict(id);
                }
            });
        }
    }

    private byte[] json(ChallengeDto challenge) {
        try {
            return json.writeValueAsBytes(challenge);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Challenge " + challenge.id() + " could not be written as JSON", e);
        }
    }
}
