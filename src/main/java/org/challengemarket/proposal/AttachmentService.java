package org.challengemarket.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.challengemarket.platform.Sha256;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.proposal.dto.ProposalDtos.AttachmentDto;

/** Files on stage drafts: checked by content and size, stored with their SHA-256. */
@ApplicationScoped
public class AttachmentService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    ProposalAccess access;

    @Inject
    ProposalConfig config;

    /** Refuses a file larger than the limit before reading it. */
    public void checkSize(long size) {
        if (size > config.maxAttachmentBytes()) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "An attachment may be at most " + config.maxAttachmentBytes() / (1024 * 1024) + " MB");
        }
    }

    @Transactional
    public AttachmentDto upload(UUID proposalId, int position, String fileName, byte[] data) {
        checkSize(data.length);
        Proposal proposal = access.own(proposalId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        proposal.requireCurrentStage(position, now);
        if (data.length == 0) {
            throw ProblemException.invalid("file", "is empty");
        }
        String mediaType = FileTypes.detect(data)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "Attach a PDF, PNG, JPEG, ODT or DOCX file; this file's content is none of them"));
        if (Attachment.onDraft(proposalId, position).size() >= config.maxAttachments()) {
            throw new ProblemException(
                    ProblemType.RULE_VIOLATION,
                    "A stage takes at most " + config.maxAttachments() + " attachments; remove one first");
        }
        String name = safeName(fileName);
        Attachment attachment = new Attachment(proposalId, position, name, mediaType, data, Sha256.hex(data), now);
        attachment.persist();
        em.flush();
        audit.record("attachment.uploaded", "proposal", proposalId, name + " " + attachment.sha256);
        return AttachmentDto.from(attachment);
    }

    /** The files on a stage draft of the caller's company's proposal, oldest first. */
    @Transactional
    public List<AttachmentDto> onDraft(UUID proposalId, int position) {
        access.own(proposalId, LockModeType.NONE);
        return Attachment.onDraft(proposalId, position).stream()
                .map(AttachmentDto::from)
                .toList();
    }

    /** A file's name, type and bytes. */
    public record FileDownload(String fileName, String mediaType, String sha256, byte[] data) {}

    /** The file, for its company, or for whoever may read a submission that lists it. */
    @Transactional
    public FileDownload download(UUID id) {
        Attachment attachment = Attachment.<Attachment>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Attachment " + id));
        boolean company = access.readable(attachment.proposalId, attachment.stage)
                .filter(p -> user.hasRole(Roles.COMPANY_MEMBER) && user.actsFor(p.company.id))
                .isPresent();
        boolean submittedAndUnsealed =
                access.readable(attachment.proposalId, attachment.stage).isPresent()
                        && Submission.count(
                                        "proposalId = ?1 and stage = ?2 and content like ?3",
                                        attachment.proposalId,
                                        attachment.stage,
                                        "%" + attachment.sha256 + "%")
                                > 0;
        if (!company && !submittedAndUnsealed) {
            throw ProblemException.notFound("Attachment " + id);
        }
        return new FileDownload(attachment.fileName, attachment.mediaType, attachment.sha256, attachment.data);
    }

    /** Takes a file off the draft; submitted versions that list it keep it. */
    @Transactional
    public void detach(UUID id) {
        Attachment attachment = Attachment.<Attachment>findByIdOptional(id)
                .filter(a -> a.detachedAt == null)
                .orElseThrow(() -> ProblemException.notFound("Attachment " + id));
        Proposal proposal = access.own(attachment.proposalId, LockModeType.PESSIMISTIC_WRITE);
        proposal.requireCurrentStage(attachment.stage, clock.instant());
        attachment.detachedAt = clock.instant();
        audit.record("attachment.removed", "proposal", proposal.id, attachment.fileName);
    }

    private static String safeName(String fileName) {
        String name = fileName == null
                ? ""
                : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            return "attachment";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
