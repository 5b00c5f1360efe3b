package org.challengemarket.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.organisation.dto.CompanyProfileDtos.ProfileDto;
import org.challengemarket.organisation.dto.CompanyProfileDtos.ProfileRequest;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.CurrentUser;

/** The company profile: entered once by the company's people, reused by every proposal. */
@ApplicationScoped
public class CompanyProfileService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    /** The outcome of a save: the profile, and whether it was new. */
    public record Saved(ProfileDto profile, boolean created) {}

    @Transactional
    public ProfileDto get(UUID companyId) {
        ownCompany(companyId);
        return CompanyProfile.<CompanyProfile>findByIdOptional(companyId)
                .map(ProfileDto::from)
                .orElseThrow(() -> ProblemException.notFound("The profile of organisation " + companyId));
    }

    /** The profile of the company the caller acts for, if entered yet (404 for any other organisation). */
    @Transactional
    public Optional<ProfileDto> own() {
        UUID companyId = user.requireOrganisation();
        ownCompany(companyId);
        return CompanyProfile.<CompanyProfile>findByIdOptional(companyId).map(ProfileDto::from);
    }

    /** A company's profile for use by other features (proposals), if it has one. */
    @Transactional
    public Optional<CompanyProfile> find(UUID companyId) {
        return CompanyProfile.findByIdOptional(companyId);
    }

    /** Creates the profile, or replaces it when {@code expectedVersion} names the current version. */
    @Transactional
    public Saved save(UUID companyId, Long expectedVersion, ProfileRequest request) {
        ownCompany(companyId);
        EnterpriseNumber number = EnterpriseNumber.parse(request.enterpriseNumber())
                .orElseThrow(() -> ProblemException.invalid(
                        "enterpriseNumber",
                        "is not a valid Belgian enterprise number (10 digits, mod-97 check) or EU VAT number"));
        if (CompanyProfile.count("enterpriseNumber = ?1 and organisationId <> ?2", number.value(), companyId) > 0) {
            throw ProblemException.conflict("Another company is registered with enterprise number " + number);
        }
        Optional<CompanyProfile> existing = CompanyProfile.findByIdOptional(companyId);
        if (existing.isPresent()) {
            if (expectedVersion == null) {
                throw new ProblemException(
                        ProblemType.PRECONDITION_REQUIRED,
                        "The profile exists: send If-Match with the ETag you read, so no change is lost");
            }
            if (existing.get().version != expectedVersion) {
                throw new ProblemException(
                        ProblemType.PRECONDITION_FAILED, "The profile changed since you read it; read it again");
            }
        }
        CompanyProfile profile = existing.orElseGet(() -> new CompanyProfile(companyId));
        profile.legalName = request.legalName().strip();
        profile.enterpriseNumber = number.value();
        profile.size = request.size();
        profile.sector = request.sector().strip();
        profile.teamSummary = request.teamSummary();
        profile.references = request.references();
        profile.contactName = request.contact().name().strip();
        profile.contactEmail = request.contact().email().strip();
        profile.contactPhone = request.contact().phone();
        profile.updatedAt = clock.instant();
        if (existing.isEmpty()) {
            profile.persist();
        }
        em.flush();
        audit.record(existing.isEmpty() ? "profile.created" : "profile.updated", "organisation", companyId, "");
        return new Saved(ProfileDto.from(profile), existing.isEmpty());
    }

    private void ownCompany(UUID companyId) {
        boolean company = Organisation.<Organisation>findByIdOptional(companyId)
                .map(o -> o.type == OrganisationType.COMPANY)
                .orElse(false);
        if (!user.actsFor(companyId) || !company) {
            throw ProblemException.notFound("The profile of organisation " + companyId);
        }
    }
}
