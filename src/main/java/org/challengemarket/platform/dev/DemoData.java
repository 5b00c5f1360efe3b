package org.challengemarket.platform.dev;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.challengemarket.challenge.Amendment;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeAmendment;
import org.challengemarket.challenge.ChallengeConfig;
import org.challengemarket.challenge.ChallengeContent;
import org.challengemarket.challenge.Stage;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.challenge.Weights;
import org.challengemarket.organisation.CompanyProfile;
import org.challengemarket.organisation.CompanySize;
import org.challengemarket.organisation.Member;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.money.Money;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.proposal.Proposal;
import org.challengemarket.proposal.ShortlistDecision;
import org.challengemarket.proposal.StageDraft;
import org.challengemarket.proposal.Submission;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Seeds the demo organisations, users and challenges once, so {@code make run} shows the
 * platform at once: three agencies, four companies with profiles, an incubator, the lab, a user
 * for every role, seven challenges across the lifecycle (a draft for each agency), and proposals in
 * every early state (CivicForms NV has a draft, a submitted and a shortlisted one). Not part of a
 * production build.
 */
@Singleton
@IfBuildProfile(anyOf = {"dev", "test"})
public class DemoData {

    /** The name by which a seeded database is recognised. */
    public static final String LAB = "Government Innovation Lab";

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final long SEED_LOCK = 0x44454d4fL; // "DEMO"

    @ConfigProperty(name = "challengemarket.demo-data.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    ChallengeConfig config;

    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent event) throws JsonProcessingException {
        if (enabled) {
            seed();
        }
    }

    @ActivateRequestContext
    @Transactional
    void seed() throws JsonProcessingException {
        em.createNativeQuery("select pg_advisory_xact_lock(" + SEED_LOCK + ")").getSingleResult();
        if (Organisation.findByName(LAB).isPresent()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);

        Organisation lab = organisation(LAB, OrganisationType.LAB, now);
        member(lab, "admin", "Alex Admin", List.of(Roles.PLATFORM_ADMIN), now);
        member(lab, "eva.expert", "Eva Expert", List.of(Roles.EVALUATOR), now);

        Organisation mobility = organisation("Federal Public Service Mobility", OrganisationType.AGENCY, now);
        member(mobility, "officer.mobility", "Marie Officer", List.of(Roles.AGENCY_OFFICER), now);
        member(mobility, "finance.mobility", "Frank Finance", List.of(Roles.FINANCE), now);
        member(mobility, "evaluator.mobility", "Victor Evaluator", List.of(Roles.EVALUATOR), now);
        Organisation ghent = organisation("City of Ghent", OrganisationType.AGENCY, now);
        member(ghent, "officer.ghent", "Griet Officer", List.of(Roles.AGENCY_OFFICER), now);
        member(ghent, "finance.ghent", "Geert Finance", List.of(Roles.FINANCE), now);
        Organisation energy = organisation("Walloon Energy Agency", OrganisationType.AGENCY, now);
        member(energy, "officer.energy", "Elise Officer", List.of(Roles.AGENCY_OFFICER, Roles.EVALUATOR), now);
        member(energy, "finance.energy", "Fabrice Finance", List.of(Roles.FINANCE), now);

        Organisation routewise = organisation("Routewise BV", OrganisationType.COMPANY, now);
        member(routewise, "anna.routewise", "Anna Routewise", List.of(Roles.COMPANY_MEMBER), now);
        Organisation solarbyte = organisation("Solarbyte SRL", OrganisationType.COMPANY, now);
        member(solarbyte, "bruno.solarbyte", "Bruno Solarbyte", List.of(Roles.COMPANY_MEMBER), now);
        Organisation civicforms = organisation("CivicForms NV", OrganisationType.COMPANY, now);
        member(civicforms, "chloe.civicforms", "Chloe CivicForms", List.of(Roles.COMPANY_MEMBER), now);
        Organisation datawell = organisation("Datawell SRL", OrganisationType.COMPANY, now);
        member(datawell, "dirk.datawell", "Dirk Datawell", List.of(Roles.COMPANY_MEMBER), now);
        member(
                organisation("Start it Hub", OrganisationType.INCUBATOR, now),
                "ines.incubator",
                "Ines Incubator",
                List.of(Roles.INCUBATOR),
                now);

        draft(
                mobility,
                "Step-free last mile to train stations",
                "People in wheelchairs or with prams cannot reach many small stations without help.",
                "mobility",
                now);
        draft(
                ghent,
                "Fewer missed waste collections in narrow streets",
                "Collection trucks cannot enter some medieval streets, so bins are missed every week.",
                "waste",
                now);
        draft(
                energy,
                "Stop heat loss in listed public buildings",
                "Heritage rules forbid the usual insulation, and heating bills of listed buildings keep rising.",
                "energy",
                now);

        Challenge crowding = published(
                mobility,
                "Real-time crowding information for regional buses",
                "Travellers cannot tell how full the next bus is, so some buses overflow while others run empty.",
                "mobility",
                now);
        String summary = "Clarified which bus lines are in scope of the pilot.";
        List<Amendment.Change> changes = crowding.amend(
                new Amendment(
                        summary,
                        false,
                        null,
                        null,
                        "Lines 1 to 12 of the regional network, about 40 buses, with existing on-board counters.",
                        null,
                        List.of()),
                now,
                config.rules());
        new ChallengeAmendment(crowding, 1, summary, false, json.writeValueAsString(changes), now).persist();
        audit.record("challenge.amended", "challenge", crowding.id, "amendment 1");

        Instant earlier = now.minus(Duration.ofDays(40));
        Challenge queue = published(
                ghent,
                "Digital queue for the civil registry office",
                "Citizens wait up to two hours for a passport or an identity card, often in the rain.",
                "digital-services",
                earlier);
        queue.beginEvaluation(now);
        audit.record("challenge.evaluation_started", "challenge", queue.id, queue.title);

        Challenge meters = published(
                energy,
                "Smart meters in social housing",
                "Tenants of social housing see their energy bill once a year, too late to change habits.",
                "energy",
                now);
        meters.cancel("The regional grid operator will roll out smart meters itself in 2027.", now);
        audit.record("challenge.cancelled", "challenge", meters.id, meters.cancellationReason);

        Challenge flood = published(
                energy,
                "Early flood warnings for riverside schools",
                "Schools along the Meuse hear of floods from the news, when it is too late to send children home.",
                "climate",
                now);

        CompanyProfile routewiseProfile =
                profile(routewise, "0403170701", "Routing software for public transport.", now);
        profile(solarbyte, "0654321022", "Energy monitoring for buildings.", now);
        CompanyProfile civicProfile = profile(civicforms, "0777123418", "Designers of public digital services.", now);
        CompanyProfile datawellProfile = profile(datawell, "0888901268", "Sensor data platforms.", now);

        // CivicForms NV shows a proposal in each state: draft, submitted, shortlisted
        Proposal draft = Proposal.start(crowding, civicforms, now);
        draft.persist();
        new StageDraft(draft.id, 1, "{\"solutionIdea\":\"Occupancy shown on stop displays and in the app.\"}", now)
                .persist();
        submitted(flood, civicforms, civicProfile, "Pupils' phones get a warning from river sensors.", now, now);
        submitted(crowding, routewise, routewiseProfile, "Counting passengers from ticket validations.", now, now);

        Instant entered = earlier.plus(Duration.ofDays(10));
        Proposal chosen =
                submitted(queue, civicforms, civicProfile, "Text message when it is your turn.", entered, now);
        Proposal other = submitted(queue, datawell, datawellProfile, "Cameras counting the queue.", entered, now);
        chosen.shortlist(now);
        other.notShortlisted(now);
        new ShortlistDecision(queue.id, 1, "The text-message idea needs no new hardware at the counters.", now, "demo")
                .persist();
        audit.record("challenge.shortlisted", "challenge", queue.id, "stage 1: 1 go on, 1 stop");
        LOG.info("Seeded the demo data: see GET /dev/users");
    }

    private CompanyProfile profile(Organisation company, String enterpriseNumber, String team, Instant now) {
        CompanyProfile profile = new CompanyProfile(company.id);
        profile.legalName = company.name;
        profile.enterpriseNumber = "BE" + enterpriseNumber;
        profile.size = CompanySize.MICRO;
        profile.sector = "software";
        profile.teamSummary = team;
        profile.contactName = "Contact of " + company.name;
        profile.contactEmail = "hello@" + domain(company) + ".example";
        profile.updatedAt = now;
        profile.persist();
        return profile;
    }

    /** A proposal started and submitted in stage 1 at {@code at}. */
    private Proposal submitted(
            Challenge challenge, Organisation company, CompanyProfile profile, String idea, Instant at, Instant now) {
        Proposal proposal = Proposal.start(challenge, company, at);
        proposal.persist();
        ObjectNode fields = json.createObjectNode()
                .put("solutionIdea", idea)
                .put("teamInBrief", profile.teamSummary)
                .put("costBand", "20000_TO_30000");
        new StageDraft(proposal.id, 1, fields.toString(), at).persist();
        em.flush();
        Submission.seal(proposal, challenge.stages.get(0), profile, fields, List.of(), at, "demo")
                .persist();
        proposal.submitted(at);
        audit.record("proposal.submitted", "proposal", proposal.id, "stage 1 v1");
        return proposal;
    }

    private Organisation organisation(String name, OrganisationType type, Instant now) {
        Organisation organisation = new Organisation(name, type, now);
        organisation.id = DemoIds.organisation(name);
        organisation.persist();
        audit.record("organisation.created", "organisation", organisation.id, type + " " + name);
        return organisation;
    }

    private void member(Organisation organisation, String username, String name, List<String> roles, Instant now) {
        String domain =
                organisation.name.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        new Member(
                        DemoIds.member(username),
                        organisation,
                        username,
                        name,
                        username + "@" + domain + ".example",
                        roles,
                        now)
                .persist();
    }

    private static String domain(Organisation organisation) {
        return organisation.name.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
    }

    private Challenge draft(Organisation agency, String title, String problem, String sector, Instant now) {
        Challenge challenge = Challenge.draft(agency, content(title, problem, sector, now), now);
        challenge.persist();
        audit.record("challenge.drafted", "challenge", challenge.id, title);
        return challenge;
    }

    /** A challenge published at {@code publishedAt}, with stages timed from then. */
    private Challenge published(Organisation agency, String title, String problem, String sector, Instant publishedAt) {
        Challenge challenge = Challenge.draft(agency, content(title, problem, sector, publishedAt), publishedAt);
        challenge.publish(publishedAt, config.rules());
        challenge.persist();
        audit.record("challenge.published", "challenge", challenge.id, title);
        return challenge;
    }

    private ChallengeContent content(String title, String problem, String sector, Instant from) {
        Instant d1 = from.plus(Duration.ofDays(30));
        Instant d2 = d1.plus(Duration.ofDays(30));
        Instant d3 = d2.plus(Duration.ofDays(21));
        return new ChallengeContent(
                title,
                problem,
                "Who runs the service today and with which systems.",
                "A working pilot with measured results after six months.",
                sector,
                Money.eur("50000.00"),
                2,
                List.of("nl", "fr", "en"),
                List.of(
                        new Stage(1, StageKind.EXPRESSION_OF_INTEREST, from, d1, 6),
                        new Stage(2, StageKind.FULL_PROPOSAL, d1, d2, 3),
                        new Stage(3, StageKind.PITCH, d2, d3, null)),
                new Weights(50, 30, 20));
    }
}
