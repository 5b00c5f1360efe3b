package org.challengemarket.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app}, built by {@code mvn package}) running as a
 * separate process in the {@code prod} profile on a free port of 127.0.0.1, the way an operator
 * runs it. Its console output is kept in a file so a failing test can show it.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path output;

    private ServiceProcess(Process process, int port, Path output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /** Starts the service with these environment variables (and nothing inherited but PATH and HOME). */
    public static ServiceProcess start(Map<String, String> environment) {
        return start(environment, List.of());
    }

    /** Starts the service as {@link #start(Map)} does, with these options for its JVM. */
    public static ServiceProcess start(Map<String, String> environment, List<String> jvmOptions) {
        Path jar = Path.of(System.getProperty("challengemarket.app.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged service at " + jar + ": run `mvn package` (or verify) first");
        }
        int port = freePort();
        try {
            Path output = Files.createTempFile("challenge-market-" + port + "-", ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().retainAll(List.of("PATH", "HOME", "JAVA_HOME"));
            env.putAll(environment);
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            return new ServiceProcess(builder.start(), port, output);
        } catch (IOException e) {
            throw new UncheckedIOException("The service process did not start", e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until readiness answers 200; fails with the process's output if it dies or takes too long. */
    public ServiceProcess awaitReady(Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped while starting:\n" + output());
            }
            if (status("/q/health/ready") == 200) {
                return this;
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException("The service was not ready within " + timeout + ":\n" + output());
    }

    /** The status of a GET, or -1 when nothing answers. */
    public int status(String path) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(uri(path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Waits for the process to end by itself and answers its exit code, or fails after the timeout. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The service did not stop by itself:\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the process printed so far. */
    public String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }

    /** Kills the process (SIGKILL): it gets no chance to finish or give back anything. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asks the process to stop (SIGTERM, a graceful shutdown) and waits until it has; answers its
     * exit code. Its output stays readable until {@link #close()}.
     */
    public int stop(Duration timeout) {
        process.destroy();
        return awaitExit(timeout);
    }

    /** Asks the process to stop (SIGTERM, a graceful shutdown) and waits for it; kills it if it hangs. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(45, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(output);
        } catch (IOException ignored) {
            // a temporary file; the system cleans it up
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
