package org.challengemarket.organisation.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.challengemarket.organisation.CompanyProfile;
import org.challengemarket.organisation.CompanySize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the company profile API. */
public final class CompanyProfileDtos {

    private CompanyProfileDtos() {}

    /** The profile as the company enters it. */
    public record ProfileRequest(
            @NotBlank @Size(max = 200) String legalName,

            @Schema(description = "Belgian enterprise number (0123.456.749) or EU VAT number (NL123456789B01)")
            @NotBlank
            @Size(max = 20)
            String enterpriseNumber,

            @NotNull CompanySize size,
            @NotBlank @Size(max = 100) String sector,
            @NotBlank @Size(max = 3000) String teamSummary,
            @Size(max = 5000) String references,
            @NotNull @Valid Contact contact) {}

    /** Who to contact about proposals. */
    public record Contact(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 40) String phone) {}

    /** The stored profile. */
    public record ProfileDto(
            UUID organisationId,
            String legalName,
            String enterpriseNumber,
            CompanySize size,
            String sector,
            String teamSummary,
            String references,
            Contact contact,
            Instant updatedAt,
            long version) {

        public static ProfileDto from(CompanyProfile p) {
            return new ProfileDto(
                    p.organisationId,
                    p.legalName,
                    p.enterpriseNumber,
                    p.size,
                    p.sector,
                    p.teamSummary,
                    p.references,
                    new Contact(p.contactName, p.contactEmail, p.contactPhone),
                    p.updatedAt,
                    p.version);
        }
    }
}
