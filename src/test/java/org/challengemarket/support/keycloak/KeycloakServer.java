package org.challengemarket.support.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A real Keycloak for the keycloak-mode tests: the project's own {@code keycloak/run-dev.sh} starts
 * the server the build unpacked from Maven Central (in memory, on 127.0.0.1, a free port) with the
 * realm and its dev overlay. It is started once per test run, as soon as the run is known to hold a
 * keycloak-mode class ({@link EarlyKeycloak}), so that it boots while the other tests run; the
 * keycloak-mode classes share one profile (the class orderer runs them together, last) and the
 * server is stopped when they end, or at the latest when the test JVM exits.
 *
 * <p>Besides the realm it adds what only tests need: a second realm (tokens of another issuer), a
 * client whose tokens lack the API's audience, and a realm key that signs nothing, whose private key
 * the tests hold to make an otherwise valid but expired token.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "challenge-market";
    public static final String OTHER_REALM = "elsewhere";
    public static final String DEV_CLIENT = "challenge-market-dev";
    public static final String AUDIENCE_LESS_CLIENT = "audience-less";
    public static final String DEMO_PASSWORD = "demo-password";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String PID = "challengemarket.test.keycloak.pid";
    private static final String PORT = "challengemarket.test.keycloak.port";
    private static final String APP_PORT = "challengemarket.test.keycloak.app-port";

    private static String url;
    private static String portalUrl;
    private static KeyPair spareKey;
    private static String spareKeyId;
    private static Map<String, String> config;

    /**
     * Starts Keycloak without waiting for it, once per JVM, so that it boots while the embedded-mode
     * tests run ({@link EarlyKeycloak}). What was started is named in system properties, which every
     * class loader of the test JVM sees.
     */
    public static synchronized void launch() {
        if (System.getProperty(PID) != null) {
            return;
        }
        try {
            int port = freePort();
            int appPort = freePort();
            Path work = Path.of("target", "keycloak-test").toAbsolutePath();
            Files.createDirectories(work);
            Files.deleteIfExists(work.resolve("service-client-secret"));
            ProcessBuilder builder = new ProcessBuilder(
                            "bash", Path.of("keycloak", "run-dev.sh").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("keycloak.log").toFile());
            builder.environment().put("KC_HOME", keycloakHome());
            builder.environment().put("KC_PORT", String.valueOf(port));
            builder.environment().put("KC_DEV_DB", "dev-mem");
            builder.environment().put("CM_PORTAL_URL", "http://localhost:" + appPort);
            builder.environment()
                    .put("KC_SECRET_FILE", work.resolve("service-client-secret").toString());
            Process process = builder.start();
            System.setProperty(PID, String.valueOf(process.pid()));
            System.setProperty(PORT, String.valueOf(port));
            System.setProperty(APP_PORT, String.valueOf(appPort));
            Runtime.getRuntime().addShutdownHook(new Thread(KeycloakServer::stopServer));
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak for the tests did not start", e);
        }
    }

    @Override
    public synchronized Map<String, String> start() {
        if (config != null && server().map(ProcessHandle::isAlive).orElse(false)) {
            return config;
        }
        launch();
        try {
            Path work = Path.of("target", "keycloak-test").toAbsolutePath();
            url = "http://127.0.0.1:" + System.getProperty(PORT);
            portalUrl = "http://localhost:" + System.getProperty(APP_PORT);
            awaitReady(work.resolve("keycloak.log"));
            String secret =
                    Files.readString(work.resolve("service-client-secret")).strip();
            addTestFixtures();

            String issuer = url + "/realms/" + REALM;
            String jwks = issuer + "/protocol/openid-connect/certs";
            Map<String, String> values = new HashMap<>();
            values.put("challengemarket.auth.mode", "keycloak");
            values.put("challengemarket.auth.issuer", issuer);
            values.put("mp.jwt.verify.publickey.location", jwks);
            values.put("%test.mp.jwt.verify.publickey.location", jwks);
            values.put("quarkus.keycloak.admin-client.server-url", url);
            values.put("quarkus.keycloak.admin-client.client-secret", secret);
            values.put("quarkus.http.test-port", System.getProperty(APP_PORT));
            values.put("%test.quarkus.http.test-port", System.getProperty(APP_PORT));
            config = Map.copyOf(values);
            return config;
        } catch (IOException e) {
            stopServer();
            throw new UncheckedIOException("Keycloak for the tests did not start (see target/keycloak-test)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopServer();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        stopServer();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:41234}. */
    public static String url() {
        return url;
    }

    /** Where the portal under test runs, as the realm's portal client knows it. */
    public static String portalUrl() {
        return portalUrl;
    }

    public static String issuer(String realm) {
        return url + "/realms/" + realm;
    }

    /** An access token of a dev-overlay demo user (password grant). */
    public static String demoToken(String username) {
        return passwordToken(REALM, DEV_CLIENT, username, DEMO_PASSWORD);
    }

    /** An access token for a password grant, failing the test if Keycloak refuses it. */
    public static String passwordToken(String realm, String client, String username, String password) {
        return token(
                realm,
                Map.of(
                        "grant_type", "password",
                        "client_id", client,
                        "username", username,
                        "password", password,
                        "scope", "openid"));
    }

    /** An access token of a confidential client (client-credentials grant). */
    public static String clientToken(String clientId, String secret) {
        return token(REALM, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** The answer of the realm's token endpoint to {@code form}: status and body. */
    public static HttpResponse<String> tokenResponse(String realm, Map<String, String> form) {
        return post(issuer(realm) + "/protocol/openid-connect/token", form, null);
    }

    /** The realm's spare key pair: a key of the realm's JWKS, so for a token it signs only the claims decide. */
    public static KeyPair spareKey() {
        return spareKey;
    }

    public static String spareKeyId() {
        return spareKeyId;
    }

    /** A GET of the admin REST API as the bootstrap admin of the master realm. */
    public static JsonNode adminGet(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/admin/realms" + path))
                .header("Authorization", "Bearer " + masterToken())
                .GET()
                .build();
        return readJson(send(request), 200);
    }

    /** The realm's user with this exact username, if any. */
    public static java.util.Optional<JsonNode> user(String username) {
        JsonNode found = adminGet(
                "/" + REALM + "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        return found.size() == 0 ? java.util.Optional.empty() : java.util.Optional.of(found.get(0));
    }

    /** The names of a user's realm roles. */
    public static List<String> realmRoles(String userId) {
        List<String> names = new java.util.ArrayList<>();
        adminGet("/" + REALM + "/users/" + userId + "/role-mappings/realm")
                .forEach(r -> names.add(r.get("name").asText()));
        return names;
    }

    /** Makes a user straight in Keycloak, behind the service's back. */
    public static void createUser(String username, String email) {
        try {
            adminPost(
                    "/" + REALM + "/users",
                    Map.of(
                            "username",
                            username,
                            "email",
                            email,
                            "enabled",
                            true,
                            "firstName",
                            "Outside",
                            "lastName",
                            "Keycloak"),
                    masterToken());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives a user a permanent password, as the person does at their first sign-in. */
    public static void setPassword(String userId, String password) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(url + "/admin/realms/" + REALM + "/users/" + userId + "/reset-password"))
                    .header("Authorization", "Bearer " + masterToken())
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("type", "password", "value", password, "temporary", false))))
                    .build();
            HttpResponse<String> response = send(request);
            if (response.statusCode() != 204) {
                throw new IllegalStateException("Keycloak refused the password: " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm's client with this client id, if any. */
    public static java.util.Optional<JsonNode> client(String clientId) {
        JsonNode found =
                adminGet("/" + REALM + "/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8));
        return found.size() == 0 ? java.util.Optional.empty() : java.util.Optional.of(found.get(0));
    }

    private static String token(String realm, Map<String, String> form) {
        HttpResponse<String> response = tokenResponse(realm, form);
        return readJson(response, 200).get("access_token").asText();
    }

    private static void addTestFixtures() throws IOException {
        String admin = masterToken();
        // another realm whose users hold the same role names and whose tokens name the same audience
        adminPost(
                "",
                Map.of(
                        "realm", OTHER_REALM,
                        "enabled", true,
                        "roles", Map.of("realm", List.of(Map.of("name", "incubator"))),
                        "clients",
                                List.of(Map.of(
                                        "clientId", "elsewhere-cli",
                                        "publicClient", true,
                                        "directAccessGrantsEnabled", true,
                                        "standardFlowEnabled", false,
                                        "protocolMappers", List.of(customAudience()))),
                        "users",
                                List.of(Map.of(
                                        "username",
                                        "ines.elsewhere",
                                        "enabled",
                                        true,
                                        "email",
                                        "ines@elsewhere.example",
                                        "emailVerified",
                                        true,
                                        "firstName",
                                        "Ines",
                                        "lastName",
                                        "Elsewhere",
                                        "realmRoles",
                                        List.of("incubator"),
                                        "credentials",
                                        List.of(Map.of(
                                                "type", "password", "value", DEMO_PASSWORD, "temporary", false))))),
                admin);
        // a client of the realm without the audience mapper: its tokens name only "account"
        adminPost(
                "/" + REALM + "/clients",
                Map.of(
                        "clientId", AUDIENCE_LESS_CLIENT,
                        "publicClient", true,
                        "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false),
                admin);
        // a realm key of lowest priority: published in the JWKS, never used by Keycloak to sign
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            spareKey = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String realmId = adminGet("/" + REALM).get("id").asText();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(spareKey.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        adminPost(
                "/" + REALM + "/components",
                Map.of(
                        "name", "spare-test-key",
                        "providerId", "rsa",
                        "providerType", "org.keycloak.keys.KeyProvider",
                        "parentId", realmId,
                        "config",
                                Map.of(
                                        "priority", List.of("-100"),
                                        "enabled", List.of("true"),
                                        "active", List.of("true"),
                                        "algorithm", List.of("RS256"),
                                        "privateKey", List.of(pem))),
                admin);
        String published =
                Base64.getEncoder().encodeToString(spareKey.getPublic().getEncoded());
        for (JsonNode key : adminGet("/" + REALM + "/keys").get("keys")) {
            if (published.equals(key.path("publicKey").asText())) {
                spareKeyId = key.get("kid").asText();
            }
        }
        if (spareKeyId == null) {
            throw new IllegalStateException("Keycloak did not publish the spare test key");
        }
    }

    private static Map<String, Object> customAudience() {
        return Map.of(
                "name", "audience",
                "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper",
                "config",
                        Map.of(
                                "included.custom.audience", "challenge-market-api",
                                "access.token.claim", "true",
                                "id.token.claim", "false"));
    }

    private static String masterToken() {
        HttpResponse<String> response = post(
                url + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"),
                null);
        return readJson(response, 200).get("access_token").asText();
    }

    private static void adminPost(String path, Object body, String token) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/admin/realms" + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 201) {
            throw new IllegalStateException(
                    "Keycloak refused POST " + path + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static HttpResponse<String> post(String to, Map<String, String> form, String token) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(to))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readJson(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitReady(Path log) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(until)) {
            if (Files.exists(log) && Files.readString(log).contains("Keycloak is ready")) {
                return;
            }
            if (!server().map(ProcessHandle::isAlive).orElse(false)) {
                throw new IOException("Keycloak stopped while starting:\n" + Files.readString(log));
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IOException("Keycloak did not start within " + START_TIMEOUT);
    }

    private static String keycloakHome() {
        String home = System.getProperty("keycloak.home");
        if (home == null || !Files.isExecutable(Path.of(home, "bin", "kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + home
                    + ": the build unpacks it into keycloak/dist (mvn generate-test-resources)");
        }
        return home;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Optional<ProcessHandle> server() {
        String pid = System.getProperty(PID);
        return pid == null ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid));
    }

    private static synchronized void stopServer() {
        Optional<ProcessHandle> running = server();
        System.clearProperty(PID);
        config = null;
        running.ifPresent(process -> {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // forced below
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
    }
}
