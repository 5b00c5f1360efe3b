package org.challengemarket.challenge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeSearchCache.Key;
import org.challengemarket.challenge.ChallengeSearchCache.Page;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeSummary;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;

/**
 * Search result pages with their weak ETag. What is the same for everyone (a viewer without an
 * agency of its own, to whom drafts are never listed) is answered from this instance's {@link
 * ChallengeSearchCache} until any challenge changes; an agency's view, which adds its own drafts,
 * always comes from the database.
 */
@ApplicationScoped
class ChallengeSearchPages {

    @Inject
    ChallengeSearch search;

    @Inject
    ChallengeDetails details;

    @Inject
    ChallengeConfig config;

    @Inject
    ObjectMapper json;

    private ChallengeSearchCache cache = new ChallengeSearchCache(() -> 0, () -> false, 0);

    void start(@Observes StartupEvent event) {
        cache = new ChallengeSearchCache(details::changesHeard, details::hearsChanges, config.searchCacheSize());
    }

    /** The page {@code viewerOrganisation} (null: no agency of its own) sees. */
    Page read(ChallengeQuery query, UUID viewerOrganisation, PageRequest page) {
        if (viewerOrganisation != null) {
            return tagged(search.find(query, viewerOrganisation, page));
        }
        Key key = Key.of(query, page);
        Optional<Page> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        long generation = cache.generation();
        Page found = tagged(search.find(query, null, page));
        cache.putIfUnchanged(key, found, generation);
        return found;
    }

    /** Pages held in memory now. */
    int cachedPages() {
        return cache.size();
    }

    /** A weak ETag from the page's content, so that every instance gives the same one. */
    private Page tagged(PageDto<ChallengeSummary> results) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(results));
            String tag = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 27);
            return new Page(results, tag);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("A search page could not be digested", e);
        }
    }
}
