package org.challengemarket.referral.dto;

import java.time.Instant;
import java.util.UUID;
import org.challengemarket.platform.web.PageDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of referrals. */
public final class ReferralDtos {

    private ReferralDtos() {}

    /** An incubator points a startup at a challenge: a company on the platform, or an e-mail address. */
    public record ReferralRequest(
            @Schema(required = true) UUID challengeId,

            @Schema(description = "A company organisation; or give email")
            UUID companyId,

            @Schema(description = "Someone invited to the platform; or give companyId")
            String email,

            @Schema(description = "Why this startup fits, for the incubator")
            String note) {}

    /** One referral and whether it converted (the company submitted a proposal to the challenge). */
    public record ReferralDto(
            UUID id,
            UUID challengeId,
            String challengeTitle,
            UUID companyId,
            String companyName,
            String email,
            String note,
            Instant createdAt,
            boolean converted,

            @Schema(description = "When the first submission arrived")
            Instant convertedAt) {}

    /** The incubator's reach: over all its referrals. */
    public record ReachDto(
            long referrals,
            long challenges,

            @Schema(description = "Distinct startups referred (companies and invited addresses)")
            long startups,

            long converted) {}

    /** Reach and conversions, and one page of the referrals. */
    public record ReferralsDto(ReachDto reach, PageDto<ReferralDto> referrals) {}
}
