package com.gongxuhui.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.jetty12.Jetty12HttpServerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.embedded.netty.NettyReactiveWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a real port in the test profile, with one WireMock server standing in for org-service
 * (and its JWKS, reached through the load balancer), demand, expert, enterprise and score services. notify-service's URL is a port where
 * nothing listens: a service that is down. All test classes share this one context (and so Sentinel's
 * global rules): enterprise-service's route is limited to 2 requests per second for the rate-limit test,
 * so the other tests use other routes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Nacos switches belong here, where spring.config.import is resolved, not in a profile file.
        "spring.cloud.nacos.discovery.enabled=false",
        "spring.cloud.nacos.config.enabled=false",
        "spring.cloud.nacos.config.import-check.enabled=false",
        "gxh.gateway.rate-limits.enterprise-service.qps=2",
        // Open-API clients (OpenApiSignatureCheckTest) and the shared secret the gateway passes on with their calls.
        "gxh.open-api.clients.platform-a.secret=" + GatewayTestSupport.OPEN_API_SECRET,
        "gxh.open-api.clients.platform-a.platform-id=hangzhou-platform",
        "gxh.open-api.clients.platform-a.region-code=330100",
        "gxh.open-api.clients.platform-a.enabled=true",
        "gxh.open-api.clients.platform-off.secret=" + GatewayTestSupport.OPEN_API_SECRET,
        "gxh.open-api.clients.platform-off.platform-id=ningbo-platform",
        "gxh.open-api.clients.platform-off.enabled=false",
        "gxh.open-api.clients.platform-slow.secret=" + GatewayTestSupport.OPEN_API_SECRET,
        "gxh.open-api.clients.platform-slow.platform-id=wenzhou-platform",
        "gxh.open-api.clients.platform-slow.enabled=true",
        "gxh.open-api.clients.platform-slow.qps=1",
        "gxh.internal.open-api-token=" + GatewayTestSupport.INTERNAL_TOKEN,
        // org-service's keys through the load balancer, as in production (here by simple discovery).
        "gxh.security.jwks-uri=http://org-service/oauth2/jwks",
        "gxh.security.jwks-load-balanced=true"
})
@ActiveProfiles("test")
@Import(GatewayTestSupport.NettyServer.class)
abstract class GatewayTestSupport {

    static final String OPEN_API_SECRET = "test-open-api-secret-0123456789abcdef";
    static final String INTERNAL_TOKEN = "test-internal-token";

    static final TestTokens tokens = new TestTokens();
    static final WireMockServer downstream = startDownstream();
    static final int deadPort = freePort();

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"ORG", "DEMAND", "EXPERT", "ENTERPRISE", "SCORE"}) {
            registry.add("GXH_" + service + "_URL", downstream::baseUrl);
        }
        registry.add("GXH_NOTIFY_URL", () -> "http://127.0.0.1:" + deadPort);
        registry.add("spring.cloud.discovery.client.simple.instances.org-service[0].uri", downstream::baseUrl);
    }

    /** The machine is shared with other builds: under load the gateway's first answer may take more than the default 5 s. */
    @BeforeEach
    void allowForALoadedMachine() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @BeforeEach
    void resetDownstream() {
        downstream.resetAll();
        downstream.stubFor(get("/oauth2/jwks").willReturn(okJson(tokens.jwks())));
        downstream.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{\"from\":\"downstream\"}")));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    private static WireMockServer startDownstream() {
        WireMockServer server = new WireMockServer(options().dynamicPort()
                .httpServerFactory(new Jetty12HttpServerFactory()));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class NettyServer {

        /**
         * wiremock-jetty12 puts Jetty on the test classpath, and Spring Boot would then serve the gateway with
         * Jetty; production runs on Reactor Netty, so the tests do too.
         */
        @Bean
        NettyReactiveWebServerFactory nettyReactiveWebServerFactory() {
            return new NettyReactiveWebServerFactory();
        }
    }
}
