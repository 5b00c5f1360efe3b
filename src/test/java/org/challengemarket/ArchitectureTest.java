package org.challengemarket;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of the main code, kept true by the build: the platform knows no feature,
 * no feature knows the portal or the demo data, no two packages depend on each other, and the
 * procurement flow is only ever read downstream: challenge → proposal → evaluation → contract →
 * payment.
 */
class ArchitectureTest {

    // checked from plain tests: the ArchUnit engine's field rules are not reported by the JUnit
    // Platform 6 that Quarkus brings, so a broken rule would not fail the build
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.challengemarket");

    private static final String PLATFORM = "org.challengemarket.platform..";
    private static final String PORTAL = "org.challengemarket.portal..";
    private static final String DEMO = "org.challengemarket.demo..";

    @Test
    void platformKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(PLATFORM)
                .should()
                .dependOnClassesThat(resideInAPackage("org.challengemarket..").and(resideOutsideOfPackage(PLATFORM)))
                .because("the platform serves every feature and so can name none of them")
                .check(MAIN);
    }

    @Test
    void featuresKnowNoPortal() {
        noClasses()
                .that()
                .resideOutsideOfPackage(PORTAL)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(PORTAL)
                .because("the portal is one client of the features, like the API")
                .check(MAIN);
    }

    @Test
    void featuresKnowNoDemoData() {
        noClasses()
                .that()
                .resideOutsideOfPackages(DEMO, PORTAL)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(DEMO)
                .because("demo data is seeded through the features, never the other way round;"
                        + " only the portal's dev sign-in lists the demo users")
                .check(MAIN);
    }

    @Test
    void noCycles() {
        slices().matching("org.challengemarket.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void challengeKnowsNothingDownstream() {
        upstream("challenge", "proposal", "evaluation", "contract", "payment").check(MAIN);
    }

    @Test
    void proposalKnowsNothingDownstream() {
        upstream("proposal", "evaluation", "contract", "payment").check(MAIN);
    }

    @Test
    void evaluationKnowsNothingDownstream() {
        upstream("evaluation", "contract", "payment").check(MAIN);
    }

    @Test
    void contractKnowsNothingDownstream() {
        upstream("contract", "payment").check(MAIN);
    }

    private static ArchRule upstream(String feature, String... downstream) {
        String[] packages = new String[downstream.length];
        for (int i = 0; i < downstream.length; i++) {
            packages[i] = "org.challengemarket." + downstream[i] + "..";
        }
        return noClasses()
                .that()
                .resideInAPackage("org.challengemarket." + feature + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages)
                .because("the procurement flow runs challenge → proposal → evaluation → contract → payment");
    }
}
