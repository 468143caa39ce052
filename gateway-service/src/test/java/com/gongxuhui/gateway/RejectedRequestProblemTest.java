package com.gongxuhui.gateway;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Requests the gateway refuses before any route sees them answer a problem body like every other 4xx
 * (conventions.md, Errors), not an empty 400 or 414.
 */
class RejectedRequestProblemTest extends GatewayTestSupport {

    @LocalServerPort
    int port;

    @Test
    void refusesAnEncodedNullInThePathWithABadRequestProblem() {
        // absolute, so that the client sends %00 as it is instead of encoding the percent sign
        client.get().uri(URI.create("http://127.0.0.1:" + port + "/api/demands/%00"))
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.code").isEqualTo("BAD_REQUEST")
                .jsonPath("$.instance").exists();
    }

    @Test
    void refusesAnUriThatIsTooLongWithAnUriTooLongProblem() {
        client.get().uri("/api/demands?q=" + "a".repeat(10_000))
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))
                .exchange()
                .expectStatus().isEqualTo(414)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(414)
                .jsonPath("$.code").isEqualTo("URI_TOO_LONG");
    }
}
