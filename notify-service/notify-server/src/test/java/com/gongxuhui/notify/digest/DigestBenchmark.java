package com.gongxuhui.notify.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.common.test.ServiceIntegrationTest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The daily digest at full size, run on demand only (not part of the test suite; it takes minutes to load):
 * 100 000 experts following the official account, each subscribed to 1–3 of 40 fields, and 2 000 demands
 * approved since the last digest, on this run's MariaDB schema; WeChat is a local HTTP server answering as WeChat
 * does. It reports the job's run time (window, 100 000 messages recorded, all sent), the goal being under 60 s:
 * <pre>
 * GXH_NAMESRV=127.0.0.1:9876 ./mvnw -B verify -pl notify-service/notify-server -am -Dtest=DigestBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dgxh.benchmark=true
 * </pre>
 * The figures are printed and written to {@code notify-service/notify-server/target/digest-benchmark.txt}.
 */
@ServiceIntegrationTest
@EnabledIfSystemProperty(named = "gxh.benchmark", matches = "true")
class DigestBenchmark {

    private static final int EXPERTS = 100_000;
    private static final int DEMANDS = 2_000;
    private static final int FIELDS = 40;
    private static final AtomicLong TEMPLATE_SENDS = new AtomicLong();
    private static final HttpServer WECHAT = localWeChat();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ExpertDigest digest;

    @DynamicPropertySource
    static void weChat(DynamicPropertyRegistry properties) {
        properties.add("gxh.notify.wechat.base-url", () -> "http://127.0.0.1:" + WECHAT.getAddress().getPort());
        properties.add("gxh.notify.wechat.app-id", () -> "bench-app");
        properties.add("gxh.notify.wechat.secret", () -> "bench-secret");
        properties.add("gxh.notify.wechat.push-template-id", () -> "tpl-push");
        properties.add("gxh.notify.wechat.digest-template-id", () -> "tpl-digest");
        // the job drains what it recorded itself; the worker's poll would only compete with it
        properties.add("gxh.notify.delivery.poll-interval", () -> "1h");
        // production's local copy of the access token (the test profile turns it off)
        properties.add("gxh.provider-tokens.local-life", () -> "30s");
    }

    @Test
    void digestOf100000ExpertsAnd2000Demands() throws IOException {
        Instant loadStart = Instant.now();
        load();
        Duration loading = Duration.between(loadStart, Instant.now());

        long start = System.nanoTime();
        ExpertDigest.Result result = digest.run(0, 1);
        Duration run = Duration.ofNanos(System.nanoTime() - start);

        long sent = jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE status = 'SENT'", Long.class);
        String report = String.format("digest benchmark: %d experts, %d demands in %d fields (loaded in %d s)%n"
                        + "job run: %.1f s — %d messages recorded, %d sent (%d template sends answered), result %s%n",
                EXPERTS, DEMANDS, FIELDS, loading.toSeconds(), run.toMillis() / 1000.0, result.messages(), sent,
                TEMPLATE_SENDS.get(), result);
        System.out.print(report);
        Files.writeString(Path.of("target/digest-benchmark.txt"), report);
        assertThat(result.messages()).isEqualTo(EXPERTS);
        assertThat(sent).isEqualTo(EXPERTS);
    }

    /** Experts, subscriptions and approved demands, as the events would have left them, in multi-row inserts. */
    private void load() {
        Random random = new Random(42);
        List<Object[]> experts = new ArrayList<>();
        List<Object[]> subscriptions = new ArrayList<>();
        for (long id = 1; id <= EXPERTS; id++) {
            experts.add(new Object[] {id, "专家" + id, "o-bench-" + id});
            int first = random.nextInt(FIELDS);
            int count = 1 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                subscriptions.add(new Object[] {id, "F" + ((first + k * 7) % FIELDS)});
            }
        }
        insert("known_expert (expert_id, name, open_id, following)", "(?, ?, ?, TRUE)", experts);
        insert("expert_subscription (expert_id, field_code)", "(?, ?)", subscriptions);
        List<Object[]> demands = new ArrayList<>();
        Instant approvedFrom = Instant.now().minus(Duration.ofHours(2));
        for (long id = 1; id <= DEMANDS; id++) {
            demands.add(new Object[] {id, "需求" + id + " 关于某项关键技术的合作开发", "F" + (id % FIELDS),
                    Timestamp.from(approvedFrom.plusSeconds(id))});
        }
        insert("approved_demand (demand_id, title, field_code, approved_at)", "(?, ?, ?, ?)", demands);
    }

    private void insert(String into, String row, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
            List<Object> arguments = new ArrayList<>();
            chunk.forEach(values -> Collections.addAll(arguments, values));
            jdbc.update("INSERT INTO " + into + " VALUES " + String.join(", ", Collections.nCopies(chunk.size(), row)),
                    arguments.toArray());
        }
    }

    /** Answers as WeChat does: a token, and {@code errcode 0} to every template message. */
    private static HttpServer localWeChat() {
        // without it the JDK server writes headers and body in two segments, and Nagle + delayed ACK hold every
        // answer back ~40 ms: the stand-in would measure itself, not the job
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
            server.createContext("/cgi-bin/token", exchange ->
                    answer(exchange, "{\"access_token\":\"bench-token\",\"expires_in\":7200}"));
            server.createContext("/cgi-bin/message/template/send", exchange -> {
                exchange.getRequestBody().readAllBytes();
                TEMPLATE_SENDS.incrementAndGet();
                answer(exchange, "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":1}");
            });
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterAll
    static void stop() {
        WECHAT.stop(0);
    }
}
