package com.gongxuhui.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.ServiceProcess;
import com.gongxuhui.common.test.TestSchemas;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The platform as the tests meet it: every service and the gateway as processes on
 * real ports, on MariaDB (fresh schemas for the run), Redis and RocketMQ, with WireMock as WeChat. Started once
 * per test JVM and stopped when it ends.
 */
final class GatewayPlatform {

    /** The route limit the burst test exceeds; other routes keep their generous production defaults. */
    static final int NOTIFY_ROUTE_QPS = 5;

    /** The mini-program's credentials expert-service presents to WeChat (WireMock) in this run. */
    static final String WECHAT_APP_ID = "wxe2e" + TestSchemas.RUN_ID;
    static final String WECHAT_SECRET = "e2e-mini-secret";
    /** The municipal platform the gateway admits on /open/** (Hangzhou). */
    static final String OPEN_API_APP_KEY = "e2e-hangzhou";
    static final String OPEN_API_SECRET = "e2e-open-api-secret";
    static final String OPEN_API_PLATFORM = "hangzhou-city-platform";
    /** The platform's token at the business registry (WireMock) in this run. */
    static final String REGISTRY_TOKEN = "e2e-registry-token";
    /** The platform's app at 浙江网上技术市场 (WireMock), whose tickets org-service exchanges in this run. */
    static final String PORTAL_APP_ID = "e2e-portal-app";
    static final String PORTAL_APP_SECRET = "e2e-portal-secret";

    private static GatewayPlatform instance;

    /** org-service names its key by thumbprint, so the key id of tokens signed here matches its JWKS. */
    private final RSAKey signingKey = thumbprintNamedKey();
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final WireMockServer weChat = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    /** The business registry (Tianyancha) as enterprise-service meets it: the console's lookup (ConsoleInTheBrowserIT). */
    private final WireMockServer registry = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    /** 浙江网上技术市场's user-info API as org-service meets it: the entry with the portal's ticket. */
    private final WireMockServer portal = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    /**
     * DingTalk's server API as org-service meets it: the contact API that invites the accounts into the province's
     * organisation (every mobile is added and has activated DingTalk), and a login code nobody issued.
     */
    private final WireMockServer dingTalk = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final ServiceProcess gateway;
    private final ServiceProcess score;
    private final ServiceProcess notify;

    private GatewayPlatform() {
        Path root = Path.of(System.getProperty("gxh.repo.root", "..")).toAbsolutePath().normalize();
        Path logs = root.resolve("e2e-tests/target/e2e-logs");
        String run = "e2e" + TestSchemas.RUN_ID;
        int orgPort = ServiceProcess.freePort();
        int notifyPort = ServiceProcess.freePort();
        int demandPort = ServiceProcess.freePort();
        int expertPort = ServiceProcess.freePort();
        int scorePort = ServiceProcess.freePort();
        int enterprisePort = ServiceProcess.freePort();
        Map<String, String> environment = Map.of(
                "GXH_NAMESRV", System.getenv().getOrDefault("GXH_NAMESRV", "127.0.0.1:9876"),
                "GXH_ORG_URL", "http://127.0.0.1:" + orgPort,
                "GXH_NOTIFY_URL", "http://127.0.0.1:" + notifyPort,
                "GXH_DEMAND_URL", "http://127.0.0.1:" + demandPort,
                "GXH_EXPERT_URL", "http://127.0.0.1:" + expertPort,
                "GXH_SCORE_URL", "http://127.0.0.1:" + scorePort,
                "GXH_ENTERPRISE_URL", "http://127.0.0.1:" + enterprisePort);
        List<String> common = List.of("--spring.profiles.active=test", "--gxh.events.topic-prefix=" + run + "-");

        portal.start();
        startDingTalk();
        ServiceProcess org = ServiceProcess.start("org-service", root.resolve("org-service/org-server/target/org-service.jar"),
                orgPort, with(common, datasource("org_db"), "--gxh.auth.signing-key=" + pkcs8(signingKey),
                        "--gxh.portal.base-url=" + portal.baseUrl(), "--gxh.portal.app-id=" + PORTAL_APP_ID,
                        "--gxh.portal.app-secret=" + PORTAL_APP_SECRET, "--gxh.dingtalk.base-url=" + dingTalk.baseUrl(),
                        "--gxh.dingtalk.app-key=e2e-dingtalk-app", "--gxh.dingtalk.app-secret=e2e-dingtalk-secret",
                        "--gxh.dingtalk.invitation.relay-interval=1s", "--gxh.dingtalk.invitation.recheck-interval=1s"),
                environment, logs);
        ServiceProcess notify = ServiceProcess.start("notify-service",
                root.resolve("notify-service/notify-server/target/notify-service.jar"), notifyPort,
                with(common, datasource("notify_db")), environment, logs);
        ServiceProcess demand = ServiceProcess.start("demand-service",
                root.resolve("demand-service/demand-server/target/demand-service.jar"), demandPort,
                with(common, datasource("demand_db"), "--gxh.files.root=" + root.resolve("e2e-tests/target/files")),
                environment, logs);
        score = ServiceProcess.start("score-service",
                root.resolve("score-service/score-server/target/score-service.jar"), scorePort,
                with(common, datasource("score_db")), environment, logs);
        registry.start();
        ServiceProcess enterprise = ServiceProcess.start("enterprise-service",
                root.resolve("enterprise-service/enterprise-server/target/enterprise-service.jar"), enterprisePort,
                with(common, datasource("enterprise_db"), "--gxh.registry.base-url=" + registry.baseUrl(),
                        "--gxh.registry.token=" + REGISTRY_TOKEN), environment, logs);
        weChat.start();
        ServiceProcess expert = ServiceProcess.start("expert-service",
                root.resolve("expert-service/expert-server/target/expert-service.jar"), expertPort,
                with(common, datasource("expert_db"), "--gxh.wechat.base-url=" + weChat.baseUrl(),
                        "--gxh.wechat.mini-program.app-id=" + WECHAT_APP_ID,
                        "--gxh.wechat.mini-program.secret=" + WECHAT_SECRET), environment, logs);
        gateway = ServiceProcess.start("gateway-service", root.resolve("gateway-service/target/gateway-service.jar"),
                ServiceProcess.freePort(), with(common,
                        "--gxh.gateway.rate-limits.notify-service.qps=" + NOTIFY_ROUTE_QPS,
                        "--gxh.open-api.clients." + OPEN_API_APP_KEY + ".secret=" + OPEN_API_SECRET,
                        "--gxh.open-api.clients." + OPEN_API_APP_KEY + ".platform-id=" + OPEN_API_PLATFORM,
                        "--gxh.open-api.clients." + OPEN_API_APP_KEY + ".region-code=330100",
                        "--gxh.open-api.clients." + OPEN_API_APP_KEY + ".enabled=true"), environment, logs);
        this.notify = notify;
        processes.addAll(List.of(gateway, demand, expert, enterprise, notify, score, org));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        try {
            CompletableFuture.allOf(processes.stream()
                    // seven JVMs start at once on two cores: under a loaded build a service can take over three minutes
                    .map(p -> CompletableFuture.runAsync(() -> p.awaitHealthy(Duration.ofMinutes(5))))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            // the next test class starts a platform of its own: the services that did come up must not run beside it
            stop();
            throw e;
        }
    }

    static synchronized GatewayPlatform get() {
        if (instance == null) {
            instance = new GatewayPlatform();
        }
        return instance;
    }

    HttpApi gateway() {
        return new HttpApi(gateway.url());
    }

    /** Where the gateway answers, for a browser. */
    String gatewayUrl() {
        return gateway.url();
    }

    /** score-service itself, beside the gateway: its actuator, e.g. the duplicate events it ignored. */
    HttpApi score() {
        return new HttpApi(score.url());
    }

    /**
     * Stops score-service (the process gone, its port refused), does what is to happen meanwhile, and starts it
     * again on the same port with the same arguments. It is started again even when the meanwhile part fails:
     * the test classes after the caller share this platform and need it healthy and consuming.
     */
    void whileScoreServiceIsDown(Downtime meanwhile) throws Exception {
        score.stop();
        try {
            meanwhile.run();
        } finally {
            score.startAgain();
            score.awaitHealthy(Duration.ofMinutes(5));
        }
    }

    /** What a test does while a service is down. */
    @FunctionalInterface
    interface Downtime {
        void run() throws Exception;
    }

    /** notify-service itself, beside the gateway. */
    HttpApi notifyService() {
        return new HttpApi(notify.url());
    }

    /** The topic prefix of this run's events. */
    String topicPrefix() {
        return "e2e" + TestSchemas.RUN_ID + "-";
    }

    /** WeChat's server API as expert-service meets it in this run. */
    WireMockServer weChat() {
        return weChat;
    }

    /** The business registry's API as enterprise-service meets it in this run. */
    WireMockServer registry() {
        return registry;
    }

    /** 浙江网上技术市场's user-info API as org-service meets it in this run. */
    WireMockServer portal() {
        return portal;
    }

    /** DingTalk's server API as org-service meets it in this run. */
    WireMockServer dingTalk() {
        return dingTalk;
    }

    private void startDingTalk() {
        dingTalk.start();
        dingTalk.stubFor(WireMock.get(urlPathEqualTo("/gettoken")).willReturn(
                okJson("{\"errcode\":0,\"access_token\":\"e2e-ding-token\",\"expires_in\":7200}")));
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/create")).willReturn(
                okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"userid\":\"e2e-member\"}}")));
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/get")).willReturn(
                okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"userid\":\"e2e-member\",\"active\":true}}")));
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/getuserinfo")).willReturn(
                okJson("{\"errcode\":40078,\"errmsg\":\"不存在的临时授权码\"}")));
    }

    /** The key org-service signs with in this run: lets a test make an expired but otherwise genuine token. */
    RSAKey signingKey() {
        return signingKey;
    }

    private void stop() {
        processes.forEach(ServiceProcess::close);
        weChat.stop();
        registry.stop();
        portal.stop();
        dingTalk.stop();
    }

    private static String datasource(String schema) {
        return "--spring.datasource.url=" + TestSchemas.jdbcUrl(schema);
    }

    private static RSAKey thumbprintNamedKey() {
        try {
            return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pkcs8(RSAKey key) {
        try {
            return Base64.getEncoder().encodeToString(key.toRSAPrivateKey().getEncoded());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> with(List<String> common, String... more) {
        List<String> all = new ArrayList<>(common);
        all.addAll(List.of(more));
        return all;
    }
}
