package org.challengemarket.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.challengemarket.contract.dto.ContractDtos.ContractDto;
import org.challengemarket.contract.dto.ContractDtos.ContractSummaryDto;
import org.challengemarket.contract.dto.ContractDtos.DeliveryRequest;
import org.challengemarket.contract.dto.ContractDtos.FileRequest;
import org.challengemarket.contract.dto.ContractDtos.MilestoneDto;
import org.challengemarket.contract.dto.ContractDtos.TermsRequest;
import org.challengemarket.notification.NotificationService;
import org.challengemarket.notification.NotificationType;
import org.challengemarket.platform.Sha256;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;

/**
 * Pilot contracts after the award: terms while pending, signing after the standstill period,
 * milestones delivered by the company and accepted or rejected by the agency, completion and
 * termination. Only the two parties see a contract; anyone else gets 404.
 */
@ApplicationScoped
public class ContractService {

    private static final int MAX_FILE_BYTES = 512 * 1024;

    @Inject
    ContractEvents events;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    NotificationService notifications;

    @Inject
    ContractConfig config;

    /** The caller's contracts: its agency's or its company's, newest first. */
    @Transactional
    public PageDto<ContractSummaryDto> mine(PageRequest page) {
        UUID org = user.requireOrganisation();
        var query = PilotContract.<PilotContract>find(
                "from PilotContract c join fetch c.challenge join fetch c.agency join fetch c.company"
                        + " where c.agency.id = ?1 or c.company.id = ?1 order by c.createdAt desc, c.id",
                org);
        List<ContractSummaryDto> items = query.page(page.page() - 1, page.size()).list().stream()
                .map(ContractMapper::toSummary)
                .toList();
        long total = PilotContract.count("agency.id = ?1 or company.id = ?1", org);
        return PageDto.of(items, page, total);
    }

    @Transactional
    public ContractDto get(UUID id) {
        return dto(readable(id, LockModeType.NONE));
    }

    /** Replaces the terms of a pending contract of the caller's agency. */
    @Transactional
    public ContractDto setTerms(UUID id, long version, TermsRequest request) {
        PilotContract contract = ofAgency(id, version);
        contract.setTerms(
                new ContractTerms(
                        request.vatRate(),
                        request.startsOn(),
                        request.endsOn(),
                        request.paymentTermDays(),
                        request.paymentTermJustification(),
                        request.milestones().stream()
                                .map(m ->
                                        new ContractTerms.PlannedMilestone(m.deliverable(), m.amount(), m.plannedOn()))
                                .toList()),
                config,
                now());
        return saved(
                contract,
                "contract.terms_set",
                contract.milestones.size() + " milestones, payment term " + contract.paymentTermDays + " days");
    }

    /** Signs a pending contract of the caller's agency once the standstill period is over. */
    @Transactional
    public ContractDto sign(UUID id) {
        PilotContract contract = ofAgency(id, null);
        contract.sign(award(contract), user.subject(), now());
        notifications.notifyOrganisation(
                contract.company.id,
                NotificationType.CONTRACT_SIGNED,
                "Your pilot contract for \"" + contract.challenge.title + "\" is signed",
                link(contract));
        ContractDto signed = saved(contract, "contract.signed", contract.value().toString());
        events.signed(contract.id);
        return signed;
    }

    @Transactional
    public ContractDto complete(UUID id) {
        PilotContract contract = ofAgency(id, null);
        contract.complete(now());
        return saved(contract, "contract.completed", null);
    }

    @Transactional
    public ContractDto terminate(UUID id, String reason) {
        PilotContract contract = ofAgency(id, null);
        contract.terminate(reason, now());
        notifications.notifyOrganisation(
                contract.company.id,
                NotificationType.CONTRACT_TERMINATED,
                "Your pilot contract for \"" + contract.challenge.title + "\" was terminated",
                link(contract));
        return saved(contract, "contract.terminated", contract.terminationReason);
    }

    /** The company marks one of its milestones delivered; the agency's officers are told. */
    @Transactional
    public MilestoneDto deliver(UUID id, UUID milestoneId, DeliveryRequest request) {
        PilotContract contract = locked(id);
        if (!user.actsFor(contract.company.id)) {
            throw ProblemException.notFound("Contract " + id);
        }
        Milestone m = contract.deliver(milestoneId, request.note(), file(request.attachment()), config, now());
        notifications.notifyOrganisation(
                contract.agency.id,
                NotificationType.MILESTONE_DELIVERED,
                "Milestone " + m.position + " of \"" + contract.challenge.title + "\" was delivered by "
                        + contract.company.name,
                link(contract));
        saved(contract, "milestone.delivered", "milestone " + m.position);
        return ContractMapper.toDto(m, now());
    }

    @Transactional
    public MilestoneDto accept(UUID id, UUID milestoneId) {
        PilotContract contract = ofAgency(id, null);
        Milestone m = contract.accept(milestoneId, now());
        notifications.notifyOrganisation(
                contract.company.id,
                NotificationType.MILESTONE_ACCEPTED,
                "Milestone " + m.position + " of \"" + contract.challenge.title + "\" was accepted: you can invoice it",
                link(contract));
        saved(contract, "milestone.accepted", "milestone " + m.position);
        events.progressed(contract.id);
        return ContractMapper.toDto(m, now());
    }

    @Transactional
    public MilestoneDto reject(UUID id, UUID milestoneId, String reason) {
        PilotContract contract = ofAgency(id, null);
        Milestone m = contract.reject(milestoneId, reason, now());
        notifications.notifyOrganisation(
                contract.company.id,
                NotificationType.MILESTONE_REJECTED,
                "Milestone " + m.position + " of \"" + contract.challenge.title + "\" was rejected",
                link(contract));
        saved(contract, "milestone.rejected", "milestone " + m.position + ": " + m.rejectionReason);
        return ContractMapper.toDto(m, now());
    }

    /** The file delivered with a milestone, for either party. */
    @Transactional
    public Milestone.Attachment attachment(UUID id, UUID milestoneId) {
        Milestone m = readable(id, LockModeType.NONE).milestone(milestoneId);
        if (m.attachmentName == null) {
            throw ProblemException.notFound("An attachment of milestone " + milestoneId);
        }
        return new Milestone.Attachment(m.attachmentName, m.attachmentType, m.attachmentSha256, m.attachmentData);
    }

    /**
     * A milestone the calling company may invoice, as the payment feature needs it. Another
     * company's contract answers 404.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public InvoiceableMilestone forInvoicing(UUID contractId, UUID milestoneId) {
        PilotContract contract = em.find(PilotContract.class, contractId, LockModeType.PESSIMISTIC_READ);
        if (contract == null || !user.actsFor(contract.company.id)) {
            throw ProblemException.notFound("Contract " + contractId);
        }
        Milestone m = contract.milestone(milestoneId);
        return new InvoiceableMilestone(
                contract.id,
                m.id,
                m.position,
                m.deliverable,
                contract.agency.id,
                contract.agency.name,
                contract.company.id,
                contract.company.name,
                contract.challenge.title,
                contract.status,
                m.status,
                m.amount,
                contract.currency,
                contract.vatRate,
                contract.paymentTermDays,
                m.deliveredAt);
    }

    private ContractDto saved(PilotContract contract, String action, String details) {
        em.flush();
        audit.record(action, "contract", contract.id, details);
        return dto(contract);
    }

    private ContractDto dto(PilotContract contract) {
        return ContractMapper.toDto(contract, award(contract).standstillEndsAt, now());
    }

    private AwardDecision award(PilotContract contract) {
        return em.find(AwardDecision.class, contract.challenge.id);
    }

    /** A contract of either party; anyone else's answers 404. */
    private PilotContract readable(UUID id, LockModeType lock) {
        PilotContract contract = em.find(PilotContract.class, id, lock);
        if (contract == null || !(user.actsFor(contract.agency.id) || user.actsFor(contract.company.id))) {
            throw ProblemException.notFound("Contract " + id);
        }
        return contract;
    }

    private PilotContract locked(UUID id) {
        return readable(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A contract of the caller's agency, at the version the caller read when one is given. */
    private PilotContract ofAgency(UUID id, Long version) {
        PilotContract contract = locked(id);
        if (!user.actsFor(contract.agency.id)) {
            throw ProblemException.notFound("Contract " + id);
        }
        if (version != null && contract.version != version) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "The contract changed since you read it (version " + contract.version + ")");
        }
        return contract;
    }

    private static Milestone.Attachment file(FileRequest file) {
        if (file == null) {
            return null;
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(file.contentBase64().strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("attachment.contentBase64", "is not base64");
        }
        if (data.length == 0 || data.length > MAX_FILE_BYTES) {
            throw ProblemException.invalid("attachment.contentBase64", "must hold 1 byte to 512 KiB");
        }
        return new Milestone.Attachment(file.fileName().strip(), file.mediaType(), Sha256.hex(data), data);
    }

    private static String link(PilotContract contract) {
        return "/api/v1/contracts/" + contract.id;
    }

    /** The service time at the database's precision, so what a response shows is what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
