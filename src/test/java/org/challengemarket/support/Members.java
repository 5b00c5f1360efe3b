package org.challengemarket.support;

import static org.challengemarket.support.Api.as;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.challengemarket.support.Fixtures.Org;

/**
 * Members added by the platform admin, with tokens whose subject is the member's id, as the
 * embedded issuer makes them: what per-person features such as notifications need.
 */
public final class Members {

    private Members() {}

    /** A person of an organisation, and a token for them. */
    public record Person(UUID id, String username, Org organisation, String token) {}

    public static Person member(Org organisation, String role) {
        String username = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String id = as(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(new MemberRequest(username, "Member " + username, username + "@members.example", List.of(role)))
                .post("/api/v1/organisations/" + organisation.id() + "/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String token = Tokens.claims(organisation.id(), role).subject(id).sign();
        return new Person(UUID.fromString(id), username, organisation, token);
    }
}
