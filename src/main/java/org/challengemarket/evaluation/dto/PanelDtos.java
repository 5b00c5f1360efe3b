package org.challengemarket.evaluation.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.challengemarket.evaluation.PanelMember;
import org.challengemarket.organisation.Member;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the panel API: who evaluates a stage, and how well each proposal is covered. */
public final class PanelDtos {

    private PanelDtos() {}

    /** The agency names a stage's panel: evaluators (member ids) and which of them chairs. */
    public record PanelRequest(
            @NotNull @Size(min = 1, max = 20) List<@NotNull UUID> evaluatorIds,
            @NotNull UUID chairId) {}

    /** A stage's panel and, once proposals are unsealed, how well each proposal is covered. */
    public record PanelDto(
            UUID challengeId,
            int stage,
            List<PanelMemberDto> members,

            @Schema(description = "Per proposal, after the deadline: evaluators left once conflicts are declared")
            List<CoverageDto> coverage) {}

    /** An evaluator on a panel. */
    public record PanelMemberDto(UUID memberId, String name, String organisation, boolean chair, Instant addedAt) {

        public static PanelMemberDto from(PanelMember seat) {
            return new PanelMemberDto(
                    seat.member.id, seat.member.displayName, seat.member.organisation.name, seat.chair, seat.addedAt);
        }
    }

    /** How many evaluators can still score a proposal; fewer than the minimum needs the agency. */
    public record CoverageDto(
            UUID proposalId, String companyName, int unconflicted, int recused, boolean needsEvaluator) {}

    /** A person the agency may name: a member with the evaluator role, of the agency or the lab. */
    public record EvaluatorCandidateDto(UUID memberId, String name, String organisation) {

        public static EvaluatorCandidateDto from(Member m) {
            return new EvaluatorCandidateDto(m.id, m.displayName, m.organisation.name);
        }
    }
}
