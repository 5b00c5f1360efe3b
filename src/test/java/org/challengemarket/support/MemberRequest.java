package org.challengemarket.support;

import java.util.List;

/** The body that adds a person to an organisation ({@code POST /api/v1/organisations/{id}/members}). */
public record MemberRequest(String username, String name, String email, List<String> roles) {}
