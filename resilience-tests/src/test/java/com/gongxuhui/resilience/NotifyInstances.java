package com.gongxuhui.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.ServiceProcess;
import com.gongxuhui.common.test.TestSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two notify-service instances from the boot jar, as operators run them, on one schema of this run: the real
 * MariaDB, Redis and broker, WireMock playing WeChat's official account and the XXL-JOB admin (which the test plays
 * by calling each instance's executor as the admin does). Each instance has its own executor port.
 */
final class NotifyInstances implements AutoCloseable {

    static final String TEMPLATE_SEND = "/cgi-bin/message/template/send";
    static final String DIGEST_TEMPLATE = "tpl-digest-1";
    private static final String XXL_TOKEN = "xxl-token-resilience";
    private static final Path REPO = Path.of(System.getProperty("gxh.repo.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong LOG_IDS = new AtomicLong(1);

    final WireMockServer wechat = started();
    private final WireMockServer xxlAdmin = started();
    private final List<ServiceProcess> instances = new ArrayList<>();
    private final List<Integer> executorPorts = new ArrayList<>();
    final JdbcTemplate jdbc;

    /**
     * {@code schema}: this test's own notify schema; {@code withAdmin}: whether the instances are XXL-JOB executors
     * (else the local cron triggers the digest); {@code settings}: further {@code --key=value} arguments.
     */
    NotifyInstances(String schema, boolean withAdmin, List<String> settings) {
        wechat.stubFor(get(urlPathEqualTo("/cgi-bin/token"))
                .willReturn(okJson("{\"access_token\":\"wx-token-1\",\"expires_in\":7200}")));
        // the admin accepts whatever the executors tell it (registrations, callbacks)
        xxlAdmin.stubFor(any(anyUrl()).willReturn(okJson("{\"code\":200,\"msg\":null}")));
        String url = TestSchemas.jdbcUrl(schema);
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "root", ""));
        for (int i = 0; i < 2; i++) {
            int executorPort = ServiceProcess.freePort();
            List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=test",
                    "--spring.datasource.url=" + url,
                    "--gxh.events.topic-prefix=t" + TestSchemas.RUN_ID + "-" + schema.replace('_', '-') + "-",
                    "--gxh.notify.wechat.base-url=" + wechat.baseUrl(),
                    "--gxh.notify.wechat.app-id=wx-mp-appid",
                    "--gxh.notify.wechat.secret=wx-mp-secret",
                    "--gxh.notify.wechat.digest-template-id=" + DIGEST_TEMPLATE,
                    "--gxh.notify.wechat.push-template-id=tpl-push-1",
                    "--gxh.notify.wechat.mini-program-app-id=wx-mini-appid",
                    "--gxh.notify.read-timeout=20s",
                    "--gxh.notify.xxl-job.admin-addresses=" + (withAdmin ? xxlAdmin.baseUrl() + "/xxl-job-admin" : ""),
                    "--gxh.notify.xxl-job.access-token=" + XXL_TOKEN,
                    "--gxh.notify.xxl-job.ip=127.0.0.1",
                    "--gxh.notify.xxl-job.port=" + executorPort,
                    "--gxh.notify.xxl-job.log-path=target/xxl-job-" + executorPort));
            arguments.addAll(settings);
            ServiceProcess instance = ServiceProcess.start("notify-" + schema + "-" + i,
                    REPO.resolve("notify-service/notify-server/target/notify-service.jar"), ServiceProcess.freePort(),
                    arguments, Map.of("GXH_NAMESRV", System.getenv().getOrDefault("GXH_NAMESRV", "127.0.0.1:9876")),
                    Path.of("target/notify-processes"));
            instances.add(instance);
            executorPorts.add(executorPort);
            // one after the other: the first runs the migrations, the second finds them done
            instance.awaitHealthy(Duration.ofMinutes(4));
        }
    }

    /**
     * Experts who follow the official account, each subscribed to {@code field}, and {@code demands} demands of
     * that field approved an hour ago: what the event consumers would have built (notify's own read models),
     * written directly, as the digest benchmark does, because this test is about the digest's sending.
     */
    void subscribedExperts(List<Long> experts, String field, int demands) {
        insert("known_expert (expert_id, name, open_id, following)", "(?, ?, ?, TRUE)", experts,
                id -> List.of(id, "专家" + id, openId(id)));
        insert("expert_subscription (expert_id, field_code)", "(?, ?)", experts, id -> List.of(id, field));
        List<Long> demandIds = new ArrayList<>();
        for (long d = 1; d <= demands; d++) {
            demandIds.add(experts.get(0) * 100 + d);
        }
        Timestamp approved = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
        insert("approved_demand (demand_id, title, field_code, approved_at)", "(?, ?, ?, ?)", demandIds,
                id -> List.of(id, "需求" + id, field, approved));
    }

    private void insert(String into, String row, List<Long> ids, Function<Long, List<Object>> values) {
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.update("INSERT INTO " + into + " VALUES " + String.join(", ", Collections.nCopies(chunk.size(), row)),
                    chunk.stream().flatMap(id -> values.apply(id).stream()).toArray());
        }
    }

    static String openId(long expert) {
        return "o-" + expert;
    }

    /** Whether an instance's executor server listens (it should exactly when an admin is configured). */
    boolean executorListens(int instance) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", executorPorts.get(instance)), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** Triggers the digest on one instance as the admin does with sharding broadcast: shard {@code index} of 2. */
    JsonNode triggerDigest(int instance, int index) {
        Map<String, Object> request = Map.ofEntries(Map.entry("jobId", 7), Map.entry("executorHandler",
                "expertSubscriptionDigest"), Map.entry("executorParams", ""), Map.entry("executorBlockStrategy",
                "SERIAL_EXECUTION"), Map.entry("executorTimeout", 0), Map.entry("logId", LOG_IDS.incrementAndGet()),
                Map.entry("logDateTime", System.currentTimeMillis()), Map.entry("glueType", "BEAN"),
                Map.entry("glueSource", ""), Map.entry("glueUpdatetime", 0), Map.entry("broadcastIndex", index),
                Map.entry("broadcastTotal", instances.size()));
        return new HttpApi("http://127.0.0.1:" + executorPorts.get(instance))
                .post("/run", request, "XXL-JOB-ACCESS-TOKEN", XXL_TOKEN).json();
    }

    /** How many digest messages WeChat received for each openid. */
    Map<String, Long> digestsPerOpenId() {
        return wechat.findAll(postRequestedFor(urlPathEqualTo(TEMPLATE_SEND))).stream()
                .map(request -> body(request.getBodyAsString()))
                .filter(body -> body.path("template_id").asText().equals(DIGEST_TEMPLATE))
                .collect(Collectors.groupingBy(body -> body.path("touser").asText(), Collectors.counting()));
    }

    long unfinishedDigests() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE cause_key LIKE 'digest:%' AND status = 'PENDING'",
                Long.class);
    }

    long digestsWithStatus(String status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE cause_key LIKE 'digest:%' AND status = ?",
                Long.class, status);
    }

    private static JsonNode body(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .containerThreads(64).jettyAcceptors(2));
        server.start();
        return server;
    }

    @Override
    public void close() {
        instances.forEach(ServiceProcess::close);
        wechat.stop();
        xxlAdmin.stop();
    }
}
