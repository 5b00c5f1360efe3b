package org.challengemarket.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.challengemarket.organisation.dto.OrganisationDtos.MemberDto;
import org.challengemarket.organisation.dto.OrganisationDtos.NewMember;
import org.challengemarket.organisation.dto.OrganisationDtos.NewOrganisation;
import org.challengemarket.organisation.dto.OrganisationDtos.OrganisationDto;
import org.challengemarket.organisation.dto.OrganisationDtos.OrganisationRef;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;
import org.challengemarket.platform.security.AuthConfig;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.security.keycloak.KeycloakAccounts;
import org.challengemarket.platform.security.keycloak.KeycloakAccounts.CreatedUser;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;

/**
 * Organisations and their members: created by the platform admin (with their Keycloak accounts in
 * keycloak mode), read by their own people.
 */
@ApplicationScoped
public class OrganisationService {

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    AuthConfig auth;

    @Inject
    KeycloakAccounts keycloak;

    /**
     * Creates the organisation and its first members. In keycloak mode each member's account is
     * made in Keycloak before the member is stored; if anything fails, the accounts already made are
     * removed again and nothing is stored.
     */
    @Transactional
    public OrganisationDto create(NewOrganisation request) {
        if (Organisation.findByName(request.name()).isPresent()) {
            throw ProblemException.conflict(
                    "An organisation named '" + request.name().strip() + "' already exists");
        }
        List<NewMember> members = request.membersOrNone();
        RuleViolations violations = new RuleViolations();
        for (int i = 0; i < members.size(); i++) {
            checkRoles(request.type(), members.get(i).roles(), "members[" + i + "].", violations);
        }
        violations.throwIfAny(ProblemType.RULE_VIOLATION, "Some roles cannot be given to these members");
        checkUnique(members);
        Organisation organisation = new Organisation(request.name(), request.type(), clock.instant());
        organisation.persistAndFlush();
        audit.record(
                "organisation.created", "organisation", organisation.id, organisation.type + " " + organisation.name);
        List<MemberDto> created =
                members.stream().map(m -> enrol(organisation, m)).toList();
        OrganisationDto dto = OrganisationDto.from(organisation);
        return members.isEmpty()
                ? dto
                : new OrganisationDto(dto.id(), dto.name(), dto.type(), dto.createdAt(), created);
    }

    @Transactional
    public PageDto<OrganisationDto> list(OrganisationType type, PageRequest page) {
        var query = type == null
                ? Organisation.find("order by name, id")
                : Organisation.find("type = ?1 order by name, id", type);
        List<OrganisationDto> items = query.page(page.page() - 1, page.size()).<Organisation>list().stream()
                .map(OrganisationDto::from)
                .toList();
        return PageDto.of(items, page, query.count());
    }

    /** Agencies are public: anyone may list their names to filter challenges. */
    @Transactional
    public List<OrganisationRef> agencies() {
        return Organisation.<Organisation>list("type = ?1 order by name", OrganisationType.AGENCY).stream()
                .map(OrganisationRef::from)
                .toList();
    }

    @Transactional
    public OrganisationDto get(UUID id) {
        return OrganisationDto.from(readable(id));
    }

    @Transactional
    public MemberDto addMember(UUID organisationId, NewMember request) {
        Organisation organisation = Organisation.<Organisation>findByIdOptional(organisationId)
                .orElseThrow(() -> ProblemException.notFound("Organisation " + organisationId));
        RuleViolations violations = new RuleViolations();
        checkRoles(organisation.type, request.roles(), "", violations);
        violations.throwIfAny(ProblemType.RULE_VIOLATION, "Some roles cannot be given to this member");
        checkUnique(List.of(request));
        return enrol(organisation, request);
    }

    /** Makes the member's account (keycloak mode; its id becomes the member's id), then stores the member. */
    private MemberDto enrol(Organisation organisation, NewMember request) {
        List<String> roles = request.roles().stream().distinct().sorted().toList();
        UUID id = UUID.randomUUID();
        String temporaryPassword = null;
        if (auth.keycloak()) {
            CreatedUser user =
                    keycloak.createUser(organisation.id, request.username(), request.name(), request.email(), roles);
            keycloak.removeUnlessCommitted(() -> keycloak.deleteUser(user.id()), "the user " + request.username());
            id = user.id();
            temporaryPassword = user.temporaryPassword();
        }
        Member member = new Member(
                id, organisation, request.username(), request.name(), request.email(), roles, clock.instant());
        member.persistAndFlush();
        audit.record("member.added", "organisation", organisation.id, member.username + " " + member.roles);
        return MemberDto.created(member, temporaryPassword);
    }

    private static void checkRoles(
            OrganisationType type, List<String> roles, String prefix, RuleViolations violations) {
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            String field = prefix + "roles[" + i + "]";
            violations.check(Roles.ALL.contains(role), field, "is not a role of the platform");
            violations.check(
                    !Roles.ALL.contains(role) || type.allows(role),
                    field,
                    "a member of a " + type + " cannot hold " + role + "; allowed: "
                            + String.join(
                                    ", ", type.allowedRoles().stream().sorted().toList()));
        }
    }

    /** User names and e-mail addresses are unique, among the new members and with the stored ones. */
    private static void checkUnique(List<NewMember> members) {
        Set<String> usernames = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (NewMember m : members) {
            if (!usernames.add(m.username()) || Member.count("username", m.username()) > 0) {
                throw ProblemException.conflict("The username '" + m.username() + "' is taken");
            }
            if (!emails.add(m.email().strip().toLowerCase(Locale.ROOT))
                    || Member.count("lower(email) = lower(?1)", m.email().strip()) > 0) {
                throw ProblemException.conflict("A member with this e-mail address exists");
            }
        }
    }

    @Transactional
    public PageDto<MemberDto> members(UUID organisationId, PageRequest page) {
        Organisation organisation = readable(organisationId);
        var query = Member.find("organisation = ?1 order by username", organisation);
        List<MemberDto> items = query.page(page.page() - 1, page.size()).<Member>list().stream()
                .map(MemberDto::from)
                .toList();
        return PageDto.of(items, page, query.count());
    }

    /** The platform admin reads every organisation; others only their own (404 otherwise). */
    private Organisation readable(UUID id) {
        if (!user.hasRole(Roles.PLATFORM_ADMIN) && !user.actsFor(id)) {
            throw ProblemException.notFound("Organisation " + id);
        }
        return Organisation.<Organisation>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Organisation " + id));
    }
}
