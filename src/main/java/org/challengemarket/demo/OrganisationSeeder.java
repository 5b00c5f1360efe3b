package org.challengemarket.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.challengemarket.organisation.CompanyProfileService;
import org.challengemarket.organisation.CompanySize;
import org.challengemarket.organisation.Member;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.organisation.dto.CompanyProfileDtos.Contact;
import org.challengemarket.organisation.dto.CompanyProfileDtos.ProfileRequest;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.security.Roles;

/**
 * The demo organisations and a user for every role: three agencies, four companies with their
 * profiles, an incubator and the lab. Their ids are fixed ({@link DemoIds}), so that the Keycloak
 * dev overlay's users are these members; that is why they are written here and not through the
 * organisation service, which makes new ids.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
class OrganisationSeeder implements DemoSeeder {

    /** The organisation by which a seeded database is recognised. */
    static final String LAB = "Government Innovation Lab";

    static final String MOBILITY = "Federal Public Service Mobility";

    @Inject
    AuditLog audit;

    @Inject
    CompanyProfileService profiles;

    @Override
    public void seed(DemoSession demo) {
        demo.asSystem(demo.now(), () -> organisations(demo.now()));
        profile(demo, "anna.routewise", "0403170701", "Routing software for public transport.");
        profile(demo, "bruno.solarbyte", "0654321022", "Energy monitoring for buildings.");
        profile(demo, "chloe.civicforms", "0777123418", "Designers of public digital services.");
        profile(demo, "dirk.datawell", "0888901268", "Sensor data platforms.");
    }

    private void organisations(Instant now) {
        Organisation lab = organisation(LAB, OrganisationType.LAB, now);
        member(lab, "admin", "Alex Admin", List.of(Roles.PLATFORM_ADMIN), now);
        member(lab, "eva.expert", "Eva Expert", List.of(Roles.EVALUATOR), now);

        Organisation mobility = organisation(MOBILITY, OrganisationType.AGENCY, now);
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
        Organisation hub = organisation(IncubatorSeeder.INCUBATOR, OrganisationType.INCUBATOR, now);
        member(hub, "ines.incubator", "Ines Incubator", List.of(Roles.INCUBATOR), now);
    }

    private Organisation organisation(String name, OrganisationType type, Instant now) {
        Organisation organisation = new Organisation(name, type, now);
        organisation.id = DemoIds.organisation(name);
        organisation.persist();
        audit.record("organisation.created", "organisation", organisation.id, type + " " + name);
        return organisation;
    }

    private static void member(
            Organisation organisation, String username, String name, List<String> roles, Instant now) {
        String email = username + "@" + domain(organisation.name) + ".example";
        new Member(DemoIds.member(username), organisation, username, name, email, roles, now).persist();
    }

    /** The company's profile, entered once by its member and reused by every proposal. */
    private void profile(DemoSession demo, String member, String enterpriseNumber, String team) {
        demo.as(member, demo.now(), () -> {
            Organisation company = Member.findByUsername(member).orElseThrow().organisation;
            Contact contact =
                    new Contact("Contact of " + company.name, "hello@" + domain(company.name) + ".example", null);
            return profiles.save(
                    company.id,
                    null,
                    new ProfileRequest(
                            company.name, "BE" + enterpriseNumber, CompanySize.MICRO, "software", team, null, contact));
        });
    }

    private static String domain(String organisationName) {
        return organisationName.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
    }
}
