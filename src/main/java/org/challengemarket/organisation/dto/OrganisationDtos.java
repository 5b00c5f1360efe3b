package org.challengemarket.organisation.dto;

import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the organisation API. */
public final class OrganisationDtos {

    private OrganisationDtos() {}

    /** A new organisation. */
    public record NewOrganisation(
            @NotBlank @Size(max = 200) String name,
            @NotNull OrganisationType type,

            @Schema(description = "Its first members, created with it (and their accounts, in keycloak mode)")
            @Size(max = 50)
            List<@Valid @NotNull NewMember> members) {

        public NewOrganisation(String name, OrganisationType type) {
            this(name, type, null);
        }

        /** The members to create, none when the request names none. */
        public List<NewMember> membersOrNone() {
            return members == null ? List.of() : members;
        }
    }

    /** An organisation as the API shows it; {@code members} only in the answer that created them. */
    public record OrganisationDto(
            UUID id, String name, OrganisationType type, Instant createdAt, List<MemberDto> members) {
        public static OrganisationDto from(Organisation o) {
            return new OrganisationDto(o.id, o.name, o.type, o.createdAt, null);
        }

        /** The same answer without the members' temporary passwords, as a retry gets it. */
        public OrganisationDto withoutPasswords() {
            return new OrganisationDto(
                    id,
                    name,
                    type,
                    createdAt,
                    members == null
                            ? null
                            : members.stream().map(MemberDto::withoutPassword).toList());
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

    /** A member as the API shows it; a temporary password only in the answer that created the account. */
    public record MemberDto(
            UUID id,
            String username,
            String name,
            String email,
            List<String> roles,
            UUID organisationId,

            @Schema(
                    description = "Keycloak mode only, shown once: the password of the new account, to be changed at"
                            + " the first sign-in")
            String temporaryPassword) {
        public static MemberDto from(Member m) {
            return created(m, null);
        }

        public static MemberDto created(Member m, String temporaryPassword) {
            return new MemberDto(
                    m.id, m.username, m.displayName, m.email, m.roles, m.organisation.id, temporaryPassword);
        }

        public MemberDto withoutPassword() {
            return new MemberDto(id, username, name, email, roles, organisationId, null);
        }
    }
}
