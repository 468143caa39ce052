package com.gongxuhui.local;

import com.github.fppt.jedismock.RedisServer;
import com.github.fppt.jedismock.datastructures.Slice;
import com.github.fppt.jedismock.operations.server.MockExecutor;
import com.github.fppt.jedismock.server.Response;
import com.github.fppt.jedismock.server.ServiceOptions;

import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.CountDownLatch;

/**
 * An in-memory server speaking the Redis protocol (RESP), for the embedded default where no Redis exists.
 * Backed by jedis-mock; keeps nothing on disk, so data is gone when the process ends.
 *
 * <p>Usage: {@code java -cp 'deploy/local/target/local-infra.jar:deploy/local/target/lib/*'
 * com.gongxuhui.local.InMemoryRedis [port]}. The port comes from the first argument, else the environment
 * variable {@code GXH_REDIS_PORT}, else 16379. It binds to 127.0.0.1 only and runs until the process is
 * terminated (SIGTERM/SIGINT stop it cleanly). Once it accepts connections it prints one line starting with
 * {@value #READY_PREFIX}.
 *
 * <p>{@code INFO} is answered like a real Redis ({@code redis_version}, {@code redis_mode}, {@code role}): Spring Boot's
 * Redis health indicator reads {@code redis_version} from it, and jedis-mock's own answer lacks it, which would
 * turn every service's {@code /actuator/health} DOWN.
 */
public final class InMemoryRedis {

    public static final String READY_PREFIX = "InMemoryRedis ready";
    static final int DEFAULT_PORT = 16379;

    private InMemoryRedis() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        // target/lib also holds RocketMQ's SLF4J bridge, which would route jedis-mock's logging into RocketMQ's
        // logback configuration (files under ${user.home}/logs). This server has nothing worth logging, so
        // SLF4J is switched to its no-op provider unless the caller chose one (-Dslf4j.provider=...).
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        start(port(args), stopped);
        System.out.println(READY_PREFIX + " on 127.0.0.1:" + port(args) + " (pid " + ProcessHandle.current().pid() + ")");
        System.out.flush();
        stopped.await();
    }

    /** Starts the server on 127.0.0.1:{@code port}; a shutdown hook stops it. */
    static String start(int port) throws IOException {
        start(port, new CountDownLatch(1));
        return "127.0.0.1:" + port;
    }

    private static void start(int port, CountDownLatch stopped) throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        RedisServer server = RedisServer.newRedisServer(port, loopback)
                .setOptions(ServiceOptions.withInterceptor((state, name, params) ->
                        "info".equalsIgnoreCase(name)
                                ? Response.bulkString(Slice.create(info(port)))
                                : MockExecutor.proceed(state, name, params)));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (IOException | RuntimeException e) {
                System.err.println("InMemoryRedis: error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }, "in-memory-redis-shutdown"));
    }

    static String info(int port) {
        return "# Server\r\n"
                + "redis_version:7.0.0\r\n"
                + "redis_mode:standalone\r\n"
                + "os:jedis-mock in-memory server (gongxuhui deploy/local)\r\n"
                + "process_id:" + ProcessHandle.current().pid() + "\r\n"
                + "tcp_port:" + port + "\r\n"
                + "\r\n"
                + "# Replication\r\n"
                + "role:master\r\n";
    }

    static int port(String[] args) {
        String value = args.length > 0 ? args[0] : System.getenv("GXH_REDIS_PORT");
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException("out of range");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid Redis port '" + value + "': " + e.getMessage(), e);
        }
    }
}
