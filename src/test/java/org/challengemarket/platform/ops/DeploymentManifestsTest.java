package org.challengemarket.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compose file and the Kubernetes manifests name only what the service really has: every
 * file parses, every environment variable is one the service reads, the port is the one it
 * listens on, the image is the one {@code make image} builds, and Kustomize renders them when
 * {@code kubectl} is installed. The probe paths are called on a running instance by {@link
 * TwoInstancesIT}.
 */
class DeploymentManifestsTest {

    static final Path DEPLOY = Path.of("deploy");
    static final Path K8S_BASE = DEPLOY.resolve("k8s/base");
    static final Path OVERLAY = DEPLOY.resolve("k8s/overlays/production");
    private static final YAMLMapper YAML = new YAMLMapper();
    /** Variables of the container image itself rather than of the service. */
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS_APPEND");

    @Test
    void everyManifestParses() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).hasSizeGreaterThan(8);
        for (Path file : files) {
            assertThat(documents(file)).as(file.toString()).isNotEmpty();
        }
    }

    @Test
    void kustomizationsNameOnlyFilesThatExist() throws IOException {
        for (Path dir : List.of(K8S_BASE, OVERLAY)) {
            JsonNode kustomization =
                    documents(dir.resolve("kustomization.yaml")).get(0);
            for (JsonNode resource : kustomization.path("resources")) {
                assertThat(dir.resolve(resource.asText())).as(resource.asText()).exists();
            }
            for (JsonNode patch : kustomization.path("patches")) {
                if (patch.has("path")) {
                    assertThat(dir.resolve(patch.get("path").asText())).exists();
                }
            }
        }
    }

    @Test
    void theServiceReadsEveryVariableTheDeploymentsSet() throws IOException {
        Set<String> known = variablesTheServiceReads();
        List<String> named = new ArrayList<>();
        JsonNode container = serviceContainer();
        container.path("env").forEach(env -> named.add(env.get("name").asText()));
        for (Path configMap : List.of(K8S_BASE.resolve("configmap.yaml"), OVERLAY.resolve("configmap.yaml"))) {
            documents(configMap).get(0).path("data").fieldNames().forEachRemaining(named::add);
        }
        composeService("challenge-market").path("environment").fieldNames().forEachRemaining(named::add);

        assertThat(named).contains("DB_URL", "DB_USER", "DB_PASSWORD", "AUTH_ISSUER", "AUTH_JWKS_URL");
        for (String variable : named) {
            assertThat(known.contains(variable) || IMAGE_VARIABLES.contains(variable))
                    .as("%s is set by a manifest but the service never reads it", variable)
                    .isTrue();
        }
    }

    @Test
    void portsAndImageAreTheServicesOwn() throws IOException {
        JsonNode container = serviceContainer();
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
        assertThat(container.get("image").asText()).isEqualTo(imageName());
        JsonNode service = documents(K8S_BASE.resolve("service.yaml")).get(0);
        assertThat(service.at("/spec/ports/0/targetPort").asText())
                .isEqualTo(container.at("/ports/0/name").asText());
        assertThat(composeService("challenge-market").get("image").asText()).contains(imageName());
        assertThat(composeService("challenge-market").path("ports").get(0).asText())
                .endsWith(":8080");
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        assertThat(dockerfile).contains("EXPOSE 8080").containsPattern("(?m)^USER 185$");
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean())
                .isTrue();
    }

    @Test
    void composeMountsOnlyFoldersOfTheProject() throws IOException {
        JsonNode services = documents(DEPLOY.resolve("compose.yaml")).get(0).get("services");
        services.fields()
                .forEachRemaining(service -> service.getValue().path("volumes").forEach(volume -> {
                    String source = volume.asText().split(":")[0];
                    if (source.startsWith(".")) {
                        assertThat(DEPLOY.resolve(source).normalize())
                                .as(service.getKey() + " mounts " + source)
                                .isDirectory();
                    }
                }));
    }

    @Test
    void kustomizeRendersBaseAndProductionWhenKubectlIsInstalled() throws Exception {
        if (!onPath("kubectl")) {
            return; // deploy/README.md says where this was last rendered
        }
        for (Path dir : List.of(K8S_BASE, OVERLAY)) {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                    .redirectErrorStream(true)
                    .start();
            String rendered = new String(kubectl.getInputStream().readAllBytes());
            assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(kubectl.exitValue()).as(rendered).isZero();
            List<String> kinds = new ArrayList<>();
            YAML.readValues(new YAMLFactory().createParser(rendered), JsonNode.class)
                    .readAll()
                    .forEach(doc -> kinds.add(doc.path("kind").asText()));
            assertThat(kinds)
                    .contains(
                            "Deployment",
                            "Service",
                            "Ingress",
                            "HorizontalPodAutoscaler",
                            "PodDisruptionBudget",
                            "ConfigMap",
                            "Cluster",
                            "Keycloak");
        }
    }

    /** The probe paths of the service's container, for {@link TwoInstancesIT} to call. */
    static List<String> probePaths() throws IOException {
        JsonNode container = serviceContainer();
        List<String> paths = new ArrayList<>();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            paths.add(container.at("/" + probe + "/httpGet/path").asText());
        }
        return paths;
    }

    /**
     * What the service reads from its environment: {@code ${NAME}} in application.properties, a
     * literal "NAME" in the sources (the embedded-mode switch), and any Quarkus property spelled
     * as an environment variable.
     */
    private static Set<String> variablesTheServiceReads() throws IOException {
        Set<String> known = new HashSet<>();
        Matcher expressions = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)")
                .matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        while (expressions.find()) {
            known.add(expressions.group(1));
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher literals =
                        Pattern.compile("\"([A-Z][A-Z0-9]*_[A-Z0-9_]+)\"").matcher(Files.readString(source));
                while (literals.find()) {
                    known.add(literals.group(1));
                }
            }
        }
        return known;
    }

    private static JsonNode serviceContainer() throws IOException {
        JsonNode deployment = documents(K8S_BASE.resolve("deployment.yaml")).get(0);
        return deployment.at("/spec/template/spec/containers/0");
    }

    private static JsonNode composeService(String name) throws IOException {
        return documents(DEPLOY.resolve("compose.yaml")).get(0).get("services").get(name);
    }

    /** The image {@code make image} builds, without its tag. */
    private static String imageName() throws IOException {
        Matcher image =
                Pattern.compile("(?m)^IMAGE \\?= ([a-z0-9./-]+):").matcher(Files.readString(Path.of("Makefile")));
        assertThat(image.find()).as("Makefile defines IMAGE").isTrue();
        return image.group(1) + ":latest";
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        return YAML.readValues(new YAMLFactory().createParser(file.toFile()), JsonNode.class)
                .readAll();
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null
                && Stream.of(path.split(java.io.File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
