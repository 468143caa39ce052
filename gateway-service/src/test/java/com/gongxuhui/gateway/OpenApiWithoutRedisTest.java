package com.gongxuhui.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redis down (here: a port where nothing listens): a correctly signed call cannot be checked for replay, so it
 * is answered 503 and not passed on, never a 500. A context of its own, as it needs another Redis port.
 */
class OpenApiWithoutRedisTest extends GatewayTestSupport {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void redisDown(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", () -> deadPort);
    }

    @Test
    void answersASignedCallWithServiceUnavailableAndPassesNothingOn() {
        SignedOpenApiCall call = SignedOpenApiCall.get("/open/demands");

        client.get().uri(URI.create("http://127.0.0.1:" + port + call.pathAndQuery()))
                .headers(headers -> headers.addAll(call.headers()))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");

        assertThat(downstream.findAll(anyRequestedFor(urlPathMatching("/open/.*")))).isEmpty();
    }
}
