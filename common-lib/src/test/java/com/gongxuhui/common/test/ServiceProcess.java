package com.gongxuhui.common.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** One service's boot jar running as its own process on a real port, as operators run it. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int FREE_PORTS_FROM = 22000;
    private static final int FREE_PORTS_COUNT = 10000;
    /** Ports this JVM has handed out: each goes to one service only, even before that service has bound it. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private final String name;
    private final int port;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    /** Replaced when the service is started again. */
    private volatile Process process;

    private ServiceProcess(String name, int port, List<String> command, Map<String, String> environment, Path log) {
        this.name = name;
        this.port = port;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    public static ServiceProcess start(String name, Path jar, int port, List<String> arguments, Map<String, String> environment,
            Path logDir) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first");
        }
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dcsp.sentinel.log.dir=" + logDir.resolve("sentinel"),
                    "-DJM.LOG.PATH=" + logDir.resolve("nacos"), "-DJM.SNAPSHOT.PATH=" + logDir.resolve("nacos"),
                    "-Drocketmq.log.root=" + logDir.resolve("rocketmq"),
                    "-jar", jar.toString(), "--server.port=" + port));
            command.addAll(arguments);
            ServiceProcess service = new ServiceProcess(name, port, command, environment, log);
            service.launch(ProcessBuilder.Redirect.to(log.toFile()));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the service as {@link #close} does (SIGTERM, so that it shuts down gracefully; killed if it takes
     * too long) and returns only once it is really down: the process gone and its port refusing connections.
     */
    public void stop() {
        close();
        if (process.isAlive()) {
            throw new IllegalStateException(name + " did not stop; see " + log);
        }
        Instant deadline = Instant.now().plusSeconds(30);
        while (acceptsConnections()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " stopped but port " + port + " still accepts connections");
            }
            sleep(200);
        }
    }

    /**
     * Starts a stopped service again: the same jar, port, arguments and environment; its log goes on in the same
     * file. Call {@link #awaitHealthy} next.
     */
    public void startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        relaunch("started again");
    }

    /** Runs the same command once more, its output going on in the same log after a line that says why. */
    private void relaunch(String why) {
        try {
            Files.writeString(log, "\n----- " + why + " -----\n", StandardOpenOption.APPEND);
            launch(ProcessBuilder.Redirect.appendTo(log.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether anything listens on the service's port. */
    public boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private void launch(ProcessBuilder.Redirect output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output);
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /**
     * Waits until the service answers healthy. One that exits while starting is started once more, as
     * {@code ./platform start} does (on a loaded machine a start can fail on something passing, such as a RocketMQ
     * client call timing out); a second exit is final. The log keeps both attempts.
     */
    public void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        boolean retried = false;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                if (retried) {
                    throw new IllegalStateException(name + " exited twice during start-up, last with "
                            + process.exitValue() + "; see " + log);
                }
                retried = true;
                System.err.println(name + " exited with " + process.exitValue() + " during start-up: starting it once "
                        + "more; see " + log);
                relaunch("exited during start-up; started once more");
            }
            try {
                HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " was not healthy within " + timeout + "; see " + log);
    }

    /**
     * Freezes the process (SIGSTOP): its port still accepts connections (the kernel completes them) but nothing
     * answers, as with a peer stuck in a long GC pause or a dead lock. {@link #resume} lets it go on.
     */
    public void pause() {
        signal("STOP");
    }

    public void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public HttpApi api() {
        return new HttpApi(url());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A port nothing uses now, for a service started next. It lies below Linux's ephemeral range (32768–60999):
     * a port from that range (what binding port 0 hands out) can be taken, between this call and the service's bind,
     * by any outgoing connection of the machine, and a pooled connection then keeps it through every restart. Below
     * the range only a server can take it. 21000–21999 is left to {@code ./platform}'s test (EmbeddedPlatformIT).
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = FREE_PORTS_FROM + ThreadLocalRandom.current().nextInt(FREE_PORTS_COUNT);
            if (HANDED_OUT.add(candidate) && bindable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free port found in " + FREE_PORTS_FROM + "–"
                + (FREE_PORTS_FROM + FREE_PORTS_COUNT - 1));
    }

    /** As a service binds it: every address, reusing a port whose last connection is still in TIME_WAIT. */
    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
