package org.challengemarket.organisation.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.challengemarket.organisation.Member;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;

/** Request and response bodies of the organisation API. */
public final class OrganisationDtos {

    private OrganisationDtos() {}

    /** A new organisation. */
    public record NewOrganisation(
            @NotBlank @Size(max = 200) String name, @NotNull OrganisationType type) {}

    /** An organisation as the API shows it. */
    public record OrganisationDto(UUID id, String name, OrganisationType type, Instant createdAt) {
        public static OrganisationDto from(Organisation o) {
            return new OrganisationDto(o.id, o.name, o.type, o.createdAt);
        }
    }

    /** The public face of an organisation: its id, name and kind. */
    public record OrganisationRef(UUID id, String name, OrganisationType type) {
        public static OrganisationRef from(Organisation o) {
            return new OrganisationRef(o.id, o.name, o.type);
        }
    }

    /** A new member of an organisation. */
    public record NewMember(
            @NotBlank
            @Pattern(
                    regexp = "^[a-z0-9][a-z0-9._-]{1,62}$",
                    message = "must be 2 to 63 lower-case letters, digits, dots, dashes or underscores")
            String username,

            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @NotEmpty List<@NotBlank String> roles) {}

    /** A member as the API shows it. */
    public record MemberDto(
            UUID id, String username, String name, String email, List<String> roles, UUID organisationId) {
        public static MemberDto from(Member m) {
            return new MemberDto(m.id, m.username, m.displayName, m.email, m.roles, m.organisation.id);
        }
    }
}
