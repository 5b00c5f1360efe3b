package org.challengemarket.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.referral.dto.ReferralDtos.ReachDto;
import org.challengemarket.referral.dto.ReferralDtos.ReferralDto;
import org.challengemarket.referral.dto.ReferralDtos.ReferralRequest;
import org.challengemarket.referral.dto.ReferralDtos.ReferralsDto;
import org.hibernate.query.NativeQuery;

/**
 * Referrals: an incubator points its startups at open challenges and measures its reach. A
 * referral converts when the company (or a company with a member at the invited address) submits
 * a proposal to the challenge; conversion is read from the proposals at query time, never copied.
 */
@ApplicationScoped
public class ReferralService {

    /** The incubator's referrals with the time each converted, if it did. */
    private static final String WITH_CONVERSION = """
            with mine as (
                select r.*,
                       (select min(s.submitted_at)
                          from proposal p join submission s on s.proposal_id = p.id
                         where p.challenge_id = r.challenge_id
                           and (p.company_id = r.company_id
                                or r.email is not null and p.company_id in
                                   (select m.organisation_id from member m where lower(m.email) = r.email))
                       ) as converted_at
                  from referral r
                 where r.incubator_id = ?1
            )
            """;

    private static final String SELECT = WITH_CONVERSION + """
            select m.id, m.challenge_id, c.title, m.company_id, o.name, m.email, m.note, m.created_at, m.converted_at
              from mine m
              join challenge c on c.id = m.challenge_id
              left join organisation o on o.id = m.company_id
            """;

    private static final String PAGE = SELECT + " order by m.created_at desc, m.id desc limit ?2 offset ?3";

    private static final String ONE = SELECT + " where m.id = ?2";

    private static final String REACH = WITH_CONVERSION + """
            select count(*), count(distinct challenge_id),
                   count(distinct coalesce(cast(company_id as text), email)), count(converted_at)
              from mine
            """;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Transactional
    public ReferralDto refer(ReferralRequest request) {
        UUID incubator = incubator();
        RuleViolations v = new RuleViolations();
        v.check(request.challengeId() != null, "challengeId", "is required");
        boolean hasCompany = request.companyId() != null;
        boolean hasEmail = request.email() != null && !request.email().isBlank();
        if (hasCompany == hasEmail) {
            v.add(hasCompany ? "email" : "companyId", "give either companyId or email, not both");
        }
        if (hasEmail) {
            String email = request.email().strip();
            v.check(
                    email.length() <= 254 && email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
                    "email",
                    "must be an e-mail address");
        }
        v.check(request.note() == null || request.note().length() <= 500, "note", "at most 500 characters");
        v.throwIfAny(ProblemType.INVALID_REQUEST, "The referral has invalid fields");

        Challenge challenge = Challenge.<Challenge>findByIdOptional(request.challengeId())
                .filter(c -> c.status.isPublic())
                .orElseThrow(() -> ProblemException.notFound("Challenge " + request.challengeId()));
        RuleViolations rules = new RuleViolations();
        rules.check(
                challenge.status == ChallengeStatus.PUBLISHED,
                "challengeId",
                "the challenge is " + challenge.status + "; only an open challenge takes referrals");
        if (hasCompany) {
            Organisation company = Organisation.findById(request.companyId());
            rules.check(
                    company != null && company.type == OrganisationType.COMPANY,
                    "companyId",
                    "must be a company on the platform");
        }
        rules.throwIfAny(ProblemType.RULE_VIOLATION, "The startup cannot be referred to this challenge");

        Referral referral = Referral.of(
                incubator,
                challenge.id,
                request.companyId(),
                hasEmail ? request.email() : null,
                request.note(),
                user.subject(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        boolean duplicate = hasCompany
                ? Referral.count(
                                "incubatorId = ?1 and challengeId = ?2 and companyId = ?3",
                                incubator,
                                challenge.id,
                                referral.companyId)
                        > 0
                : Referral.count(
                                "incubatorId = ?1 and challengeId = ?2 and email = ?3",
                                incubator,
                                challenge.id,
                                referral.email)
                        > 0;
        if (duplicate) {
            throw ProblemException.conflict("This startup was already referred to this challenge");
        }
        referral.persist();
        em.flush();
        audit.record("referral.made", "referral", referral.id, "challenge " + challenge.id);
        return rows(em.createNativeQuery(ONE).setParameter(1, incubator).setParameter(2, referral.id))
                .get(0);
    }

    /** Reach and conversions over all the incubator's referrals, and one page of them. */
    @Transactional
    public ReferralsDto list(PageRequest page) {
        UUID incubator = incubator();
        Object[] reach = (Object[])
                em.createNativeQuery(REACH).setParameter(1, incubator).getSingleResult();
        ReachDto summary = new ReachDto(
                ((Number) reach[0]).longValue(),
                ((Number) reach[1]).longValue(),
                ((Number) reach[2]).longValue(),
                ((Number) reach[3]).longValue());
        PageDto<ReferralDto> items = page(incubator, page);
        return new ReferralsDto(summary, PageDto.of(items.items(), page, summary.referrals()));
    }

    private PageDto<ReferralDto> page(UUID incubator, PageRequest page) {
        List<ReferralDto> items = rows(em.createNativeQuery(PAGE)
                .setParameter(1, incubator)
                .setParameter(2, page.size())
                .setParameter(3, page.offset()));
        return PageDto.of(items, page, items.size());
    }

    @SuppressWarnings("unchecked")
    private static List<ReferralDto> rows(Query query) {
        List<Object[]> rows = query.unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("challenge_id", UUID.class)
                .addScalar("title", String.class)
                .addScalar("company_id", UUID.class)
                .addScalar("name", String.class)
                .addScalar("email", String.class)
                .addScalar("note", String.class)
                .addScalar("created_at", Instant.class)
                .addScalar("converted_at", Instant.class)
                .getResultList();
        return rows.stream()
                .map(r -> new ReferralDto(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (UUID) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (Instant) r[7],
                        r[8] != null,
                        (Instant) r[8]))
                .toList();
    }

    /** The caller's organisation, which must be an incubator. */
    private UUID incubator() {
        UUID organisation = user.requireOrganisation();
        Organisation o = Organisation.findById(organisation);
        if (o == null || o.type != OrganisationType.INCUBATOR) {
            throw ProblemException.forbidden("Only an incubator's accounts refer startups");
        }
        return organisation;
    }
}
