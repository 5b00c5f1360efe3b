package org.challengemarket.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the challenge templates agencies start their drafts from. */
@ApplicationScoped
public class TemplateService {

    /** A template to start a draft from. */
    public record TemplateDto(
            UUID id,
            String name,
            String title,
            String problemStatement,
            String context,
            String expectedOutcomes,
            String sector) {

        static TemplateDto from(ChallengeTemplate t) {
            return new TemplateDto(t.id, t.name, t.title, t.problemStatement, t.context, t.expectedOutcomes, t.sector);
        }
    }

    @Transactional
    public List<TemplateDto> all() {
        return ChallengeTemplate.<ChallengeTemplate>list("order by name").stream()
                .map(TemplateDto::from)
                .toList();
    }

    @Transactional
    public Optional<TemplateDto> find(UUID id) {
        return ChallengeTemplate.<ChallengeTemplate>findByIdOptional(id).map(TemplateDto::from);
    }
}
