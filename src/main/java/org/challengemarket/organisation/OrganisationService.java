package org.challengemarket.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
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
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;

/** Organisations and their members: created by the platform admin, read by their own people. */
@ApplicationScoped
public class OrganisationService {

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Transactional
    public OrganisationDto create(NewOrganisation request) {
        if (Organisation.findByName(request.name()).isPresent()) {
            throw ProblemException.conflict(
                    "An organisation named '" + request.name().strip() + "' already exists");
        }
        Organisation organisation = new Organisation(request.name(), request.type(), clock.instant());
        organisation.persistAndFlush();
        audit.record(
                "organisation.created", "organisation", organisation.id, organisation.type + " " + organisation.name);
        return OrganisationDto.from(organisation);
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
        for (int i = 0; i < request.roles().size(); i++) {
            String role = request.roles().get(i);
            violations.check(Roles.ALL.contains(role), "roles[" + i + "]", "is not a role of the platform");
            violations.check(
                    !Roles.ALL.contains(role) || organisation.type.allows(role),
                    "roles[" + i + "]",
                    "a member of a " + organisation.type + " cannot hold " + role + "; allowed: "
                            + String.join(
                                    ", ",
                                    organisation.type.allowedRoles().stream()
                                            .sorted()
                                            .toList()));
        }
        violations.throwIfAny(ProblemType.RULE_VIOLATION, "Some roles cannot be given to this member");
        if (Member.count("username", request.username()) > 0) {
            throw ProblemException.conflict("The username '" + request.username() + "' is taken");
        }
        if (Member.count("lower(email) = lower(?1)", request.email()) > 0) {
            throw ProblemException.conflict("A member with this e-mail address exists");
        }
        Member member = new Member(
                organisation,
                request.username(),
                request.name(),
                request.email(),
                request.roles().stream().distinct().sorted().toList(),
                clock.instant());
        member.persistAndFlush();
        audit.record("member.added", "organisation", organisation.id, member.username + " " + member.roles);
        return MemberDto.from(member);
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
