package org.challengemarket.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.challengemarket.platform.Sha256;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.CurrentUser;

/**
 * Makes creating calls safe to retry: with an {@code Idempotency-Key} header, the first answer is
 * stored in the same transaction as the creation and a retry with the same key and body gets it
 * again instead of creating a second object.
 */
@ApplicationScoped
public class Idempotency {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** A 201 Created answer with its location. */
    public static Response created(String location, Object body) {
        return Response.created(URI.create(location)).entity(body).build();
    }

    @Transactional
    public Response run(String key, String operation, Object request, Supplier<Response> action) {
        return run(key, operation, request, action, UnaryOperator.identity());
    }

    /**
     * As {@link #run(String, String, Object, Supplier)}, but what is kept for a retry is
     * {@code kept} of the first answer's body: secrets shown once (passwords, client secrets) are
     * never stored, and a retry gets the object without them.
     */
    @Transactional
    public Response run(
            String key, String operation, Object request, Supplier<Response> action, UnaryOperator<Object> kept) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        String caller = user.subject();
        String requestHash = Sha256.hex(operation + "\n" + write(request));
        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createNativeQuery(
                        "select operation, request_hash, status, location, body from idempotency_key"
                                + " where caller = ?1 and key = ?2")
                .setParameter(1, caller)
                .setParameter(2, key)
                .getResultList();
        if (!stored.isEmpty()) {
            Object[] row = stored.get(0);
            if (!operation.equals(row[0])
                    || !requestHash.equals(String.valueOf(row[1]).trim())) {
                throw new ProblemException(
                        ProblemType.RULE_VIOLATION, "This Idempotency-Key was already used for a different request");
            }
            Response.ResponseBuilder replay = Response.status(((Number) row[2]).intValue())
                    .type(MediaType.APPLICATION_JSON)
                    .entity(row[4])
                    .header("Idempotent-Replayed", "true");
            if (row[3] != null) {
                replay.location(URI.create((String) row[3]));
            }
            return replay.build();
        }
        Response response = action.get();
        em.createNativeQuery(
                        "insert into idempotency_key (caller, key, operation, request_hash, status, location, body,"
                                + " created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, operation)
                .setParameter(4, requestHash)
                .setParameter(5, response.getStatus())
                .setParameter(
                        6,
                        response.getLocation() == null
                                ? null
                                : response.getLocation().toString())
                .setParameter(7, write(kept.apply(response.getEntity())))
                .setParameter(8, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        return response;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A DTO could not be written as JSON", e);
        }
    }
}
