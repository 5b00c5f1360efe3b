package org.challengemarket.support.keycloak;

import io.quarkus.test.junit.TestProfile;
import java.util.Optional;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the tests' Keycloak when a test run begins that holds a keycloak-mode class, so that the
 * server boots while the embedded-mode classes run instead of adding its start-up to the run.
 * Registered in {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public class EarlyKeycloak implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean needed = plan.getRoots().stream()
                .flatMap(root -> plan.getDescendants(root).stream())
                .map(TestIdentifier::getSource)
                .flatMap(Optional::stream)
                .filter(ClassSource.class::isInstance)
                .map(source -> ((ClassSource) source).getClassName())
                .distinct()
                .anyMatch(EarlyKeycloak::inKeycloakMode);
        if (needed) {
            KeycloakServer.launch();
        }
    }

    private static boolean inKeycloakMode(String className) {
        try {
            TestProfile profile = Class.forName(className, false, EarlyKeycloak.class.getClassLoader())
                    .getAnnotation(TestProfile.class);
            return profile != null && profile.value().getName().equals(KeycloakMode.class.getName());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
