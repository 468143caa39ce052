package com.gongxuhui.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Everything the embedded default's services need besides themselves, in one JVM: MariaDB ({@link LocalMariaDb}, its
 * own process, started and stopped from here), the in-memory Redis ({@link InMemoryRedis}), the RocketMQ name server
 * and broker (their own start-up classes, as {@code deploy/local/bin/rocketmq.sh} runs them in separate JVMs for CI)
 * and the sandbox of the outside providers ({@link ProviderSandbox}). Once all answer it prints one line starting with
 * {@value #READY}; TERM stops them all at once.
 *
 * <p>Usage: {@code java -cp 'local-infra.jar:lib/*' com.gongxuhui.local.LocalInfrastructure <data-dir>} with the ports
 * in {@code GXH_DB_PORT}, {@code GXH_REDIS_PORT}, {@code GXH_NAMESRV_PORT}, {@code GXH_BROKER_PORT} and
 * {@code GXH_SANDBOX_PORT}.
 */
public final class LocalInfrastructure {

    public static final String READY = "LocalInfrastructure ready";
    /** Printed once MariaDB, Redis, the name server and the sandbox answer: the services can start, the broker follows. */
    public static final String SERVICES_MAY_START = "LocalInfrastructure services may start";

    private LocalInfrastructure() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        long t0 = System.nanoTime();
        List<String> done = new ArrayList<>();
        CompletableFuture<Void> database = CompletableFuture.runAsync(() -> step(done, "MariaDB", t0, () -> {
            LocalMariaDb db = LocalMariaDb.at(data.resolve("mariadb"), port("GXH_DB_PORT", 13306));
            db.open();
            mariaDb = db;
            return "127.0.0.1:" + db.getConfiguration().getPort() + ", " + db.binaries();
        }));
        LocalRocketMq rocketMq = new LocalRocketMq(data.resolve("rocketmq"), port("GXH_NAMESRV_PORT", 9876),
                port("GXH_BROKER_PORT", 10911));
        step(done, "RocketMQ name server", t0, rocketMq::startNameServer);
        CompletableFuture<Void> broker = CompletableFuture.runAsync(() -> step(done, "RocketMQ broker", t0,
                rocketMq::startBroker));
        step(done, "Redis", t0, () -> InMemoryRedis.start(port("GXH_REDIS_PORT", 16379)));
        step(done, "provider sandbox", t0, () -> ProviderSandbox.start(port("GXH_SANDBOX_PORT", 18090)));
        database.join();
        // The services need the database first (Flyway), RocketMQ only when their consumers start, which a broker
        // still registering with the name server does not stop: their start overlaps the broker's.
        System.out.printf("%s after %.1f s%n", SERVICES_MAY_START, (System.nanoTime() - t0) / 1e9);
        System.out.flush();
        broker.join();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopWithin(STOP_GRACE), "infrastructure-stop"));
        Files.writeString(data.resolve("infrastructure.pid"), ProcessHandle.current().pid() + "\n");
        System.out.printf("%s in %.1f s (pid %d): %s%n", READY, (System.nanoTime() - t0) / 1e9,
                ProcessHandle.current().pid(), String.join("; ", done));
        System.out.flush();
    }

    /**
     * How long the broker's graceful shutdown may take before the JVM ends anyway. By then the services are stopped
     * ({@code ./platform stop} stops them first) and the broker's commit log, written through memory-mapped files, is
     * in the operating system's page cache, which outlives the process; what the broker rebuilds after an unclean
     * stop (consume queues, indexes) it rebuilds from there at the next start.
     */
    private static final long STOP_GRACE = Long.getLong("gxh.infra.stop-grace-ms", 3000);

    private static LocalMariaDb mariaDb;

    private static void stopWithin(long graceMillis) {
        long deadline = System.currentTimeMillis() + graceMillis;
        try {
            if (mariaDb != null) {
                mariaDb.stop();
            }
            Thread.sleep(Math.max(0, deadline - System.currentTimeMillis()));
        } catch (Exception e) {
            System.err.println("[infrastructure] while stopping: " + e);
        }
        Runtime.getRuntime().halt(0);
    }

    private interface Step {
        String run() throws Exception;
    }

    private static void step(List<String> done, String name, long t0, Step step) {
        try {
            String where = step.run();
            synchronized (done) {
                done.add(name + " " + where);
            }
            System.out.printf("[infrastructure] %s up after %.1f s: %s%n", name, (System.nanoTime() - t0) / 1e9, where);
        } catch (Exception e) {
            System.err.println("[infrastructure] " + name + " failed to start: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
