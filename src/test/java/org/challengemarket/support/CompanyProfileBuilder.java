package org.challengemarket.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/** Company profiles as a company member enters them; {@code null} leaves a field out. */
public final class CompanyProfileBuilder {

    /** The body of {@code PUT /api/v1/organisations/{id}/profile}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CompanyProfile(
            String legalName,
            String enterpriseNumber,
            String size,
            String sector,
            String teamSummary,
            String references,
            Contact contact) {}

    /** Who to contact at the company. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(String name, String email, String phone) {}

    private String legalName = "Queue Busters BV";
    private String enterpriseNumber;
    private String size = "SMALL";
    private String sector = "software";
    private String teamSummary = "Five people, two of them designers.";
    private String references = "Festival queues 2025, City of Aalst 2026.";
    private Contact contact = new Contact("Bo Contact", "bo@queuebusters.example", "+32 9 000 00 00");

    private CompanyProfileBuilder(String enterpriseNumber) {
        this.enterpriseNumber = enterpriseNumber;
    }

    /** A complete profile with this enterprise number. */
    public static CompanyProfileBuilder aProfile(String enterpriseNumber) {
        return new CompanyProfileBuilder(enterpriseNumber);
    }

    public CompanyProfileBuilder withLegalName(String legalName) {
        this.legalName = legalName;
        return this;
    }

    public CompanyProfileBuilder withSize(String size) {
        this.size = size;
        return this;
    }

    public CompanyProfileBuilder withTeamSummary(String teamSummary) {
        this.teamSummary = teamSummary;
        return this;
    }

    public CompanyProfileBuilder withReferences(String references) {
        this.references = references;
        return this;
    }

    public CompanyProfileBuilder withContact(Contact contact) {
        this.contact = contact;
        return this;
    }

    /** The body; also what Jackson writes when a builder itself is sent. */
    @JsonValue
    public CompanyProfile build() {
        return new CompanyProfile(legalName, enterpriseNumber, size, sector, teamSummary, references, contact);
    }
}
