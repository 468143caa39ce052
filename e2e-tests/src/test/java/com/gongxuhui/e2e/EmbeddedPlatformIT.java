package com.gongxuhui.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's first command: {@code ./platform start} brings the whole embedded platform up (MariaDB, in-memory
 * Redis, RocketMQ from Maven Central jars, the provider sandbox, every service, the gateway, the demo data), a login
 * through the gateway works, every read endpoint of every service answers without a server error on the embedded
 * database, and {@code ./platform stop} takes it all down again. Runs on its own ports beside the test servers.
 */
class EmbeddedPlatformIT {

    /**
     * Fixed ports below Linux's ephemeral range (32768–60999). Inside it, any of the test servers' long-lived outgoing
     * connections (a pooled MariaDB connection, say) may hold one of these ports as its local port, and a service's
     * bind to it then fails however often it is started again.
     */
    private static final int PORT_BASE = 21000;

    @Test
    void startsTheWholePlatformLogsInThroughTheGatewayAndStops() throws Exception {
        Path root = Path.of(System.getProperty("gxh.repo.root", "..")).toAbsolutePath().normalize();
        Path dataDir = root.resolve("e2e-tests/target/embedded-platform");
        Map<String, String> environment = new HashMap<>(Map.of(
                "GXH_DATA_DIR", dataDir.toString(),
                "GXH_GATEWAY_PORT", Integer.toString(PORT_BASE + 80),
                "GXH_ORG_PORT", Integer.toString(PORT_BASE + 81),
                "GXH_DEMAND_PORT", Integer.toString(PORT_BASE + 82),
                "GXH_EXPERT_PORT", Integer.toString(PORT_BASE + 83),
                "GXH_ENTERPRISE_PORT", Integer.toString(PORT_BASE + 84),
                "GXH_SCORE_PORT", Integer.toString(PORT_BASE + 85),
                "GXH_NOTIFY_PORT", Integer.toString(PORT_BASE + 86),
                "GXH_REDIS_PORT", Integer.toString(PORT_BASE + 379),
                "GXH_NAMESRV_PORT", Integer.toString(PORT_BASE + 876)));
        environment.put("GXH_BROKER_PORT", Integer.toString(PORT_BASE + 911));
        environment.put("GXH_DB_PORT", Integer.toString(PORT_BASE + 306));
        environment.put("GXH_SANDBOX_PORT", Integer.toString(PORT_BASE + 90));

        try {
            int started = run(root, environment, "start");
            assertThat(started).as("./platform start exit code; its last lines:%n%s%nlogs: %s",
                    lastLines(commandLog(root, "start"), 40), dataDir.resolve("logs")).isZero();

            HttpApi gateway = new HttpApi("http://127.0.0.1:" + (PORT_BASE + 80));
            HttpApi.Response login = gateway.post("/api/auth/login",
                    Map.of("phone", "13800000000", "password", "Admin@123456"));
            assertThat(login.status()).isEqualTo(200);
            String access = HttpApi.bearer(login.json().path("accessToken").asText());
            assertThat(gateway.get("/api/auth/me", "Authorization", access).json().path("phone").asText())
                    .isEqualTo("13800000000");
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() ->
                    gateway.get("/api/notifications", "Authorization", access).json().path("total").asLong() == 1);
            // score-service's monitoring on the embedded MariaDB: the demo institutions' staff, from the seed's events
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> gateway.get(
                    "/api/performance/institutions?sort=staff", "Authorization", access).json().path("items").path(0)
                    .path("staff").asLong() > 0);
            assertThat(gateway.get("/api/performance/summary", "Authorization", access).status()).isEqualTo(200);
            assertThat(gateway.get("/api/performance/staff", "Authorization", access).status())
                    .as("brokers from their running totals").isEqualTo(200);
            everyReadEndpointAnswersWithoutServerError(gateway, access);
            // DingTalk's one-tap login, DingTalk vouching through the provider sandbox
            HttpApi.Response dingTalk = gateway.post("/api/auth/dingtalk", Map.of("authCode", "demo-13800000003"));
            assertThat(dingTalk.status()).as(dingTalk.body()).isEqualTo(200);
            // the provincial portal's ticket (docs/portal-entry.md), the portal played by the sandbox
            HttpApi.Response portal = gateway.post("/api/auth/portal", Map.of("ticket", "demo-13800000003"));
            assertThat(portal.status()).as(portal.body()).isEqualTo(200);
            // the demo municipal platform of the local profile (docs/open-api.md) through the in-memory Redis's nonces
            String demand = "{\"externalId\":\"DEMO-" + System.nanoTime() + "\",\"title\":\"演示需求\","
                    + "\"description\":\"演示平台提交\",\"type\":\"TECHNOLOGY\",\"fieldCode\":\"OTHER\","
                    + "\"enterprise\":{\"name\":\"演示企业\",\"uscc\":\"" + UnifiedSocialCreditCode.random("91330100")
                    + "\",\"contactName\":\"联系人\",\"contactPhone\":\"13700000003\"}}";
            HttpApi.Response submitted = gateway.send("POST", "/open/demands", "application/json", demand,
                    GatewayCalls.signedOpenApi("demo-hangzhou", "local-demo-secret", "POST", "/open/demands", demand));
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
            assertThat(submitted.json().path("status").asText()).isEqualTo("IN_POOL");
        } finally {
            int stopped = run(root, environment, "stop");
            assertThat(stopped).isZero();
        }
        assertThat(listening(PORT_BASE + 80)).as("gateway stopped").isFalse();
        assertThat(listening(PORT_BASE + 81)).as("org-service stopped").isFalse();
        assertThat(listening(PORT_BASE + 876)).as("name server stopped").isFalse();
        assertThat(Files.isDirectory(dataDir.resolve("mariadb/data/demand_db"))).as("MariaDB's files under the data folder")
                .isTrue();
    }

    /**
     * Every GET operation of the six services' documents, as the system administrator, an institution administrator,
     * a broker, the province's bureau manager and an expert (signed in through the sandbox's WeChat), on the demo data.
     */
    private static void everyReadEndpointAnswersWithoutServerError(HttpApi gateway, String sysAdmin) {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("SYS_ADMIN", sysAdmin);
        roles.put("INST_ADMIN", GatewayCalls.login(gateway, "13800000001", "Demo@123456"));
        roles.put("STAFF", GatewayCalls.login(gateway, "13800000003", "Demo@123456"));
        roles.put("GOV_MANAGER", GatewayCalls.login(gateway, "13800000010", "Demo@123456"));
        HttpApi.Response expert = gateway.post("/api/expert-portal/login",
                Map.of("code", "sandbox-js-code", "phoneCode", "demo-13900000001"));
        assertThat(expert.status()).as("an expert's WeChat login through the sandbox: " + expert.body()).isEqualTo(200);
        roles.put("EXPERT", HttpApi.bearer(expert.json().path("accessToken").asText()));

        ReadEndpointSweep sweep = new ReadEndpointSweep(gateway);
        List<ReadEndpointSweep.Operation> operations = sweep.operations(sysAdmin);
        List<ReadEndpointSweep.Call> calls = new ArrayList<>();
        roles.forEach((role, bearer) -> calls.addAll(sweep.sweep(role, bearer, operations)));
        System.out.printf("read endpoints under the embedded platform: %d operations x %d roles, %d answered 200%n",
                operations.size(), roles.size(), calls.stream().filter(call -> call.status() == 200).count());
        assertThat(operations).as("the documents' read operations").hasSizeGreaterThan(40);
        assertThat(calls).as("calls answering 5xx").filteredOn(call -> call.status() >= 500).isEmpty();
        assertThat(calls).as("operations that answered 200 to someone")
                .filteredOn(call -> call.status() == 200).extracting(ReadEndpointSweep.Call::operation)
                .contains("/api/performance/staff", "/api/demands/{id}/trail", "/api/experts/{id}",
                        "/api/enterprises/{enterpriseId}/contacts");
    }

    private static int run(Path root, Map<String, String> environment, String command) throws Exception {
        Path log = commandLog(root, command);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("platform").toString(), command)
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./platform " + command + " did not finish; see " + log);
        }
        System.out.println(Files.readString(log));
        return process.exitValue();
    }

    private static Path commandLog(Path root, String command) {
        return root.resolve("e2e-tests/target/platform-" + command + ".log");
    }

    /** A failed start's reason is in its last lines (the script's error and the failing service's log tail). */
    private static String lastLines(Path log, int count) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
