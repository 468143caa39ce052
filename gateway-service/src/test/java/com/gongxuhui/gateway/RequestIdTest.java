package com.gongxuhui.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;

@ExtendWith(OutputCaptureExtension.class)
class RequestIdTest extends GatewayTestSupport {

    private static final String HEADER = "X-Request-Id";

    @Test
    void givesARequestWithoutIdAFreshOneAndPassesItDownstream() {
        String returned = client.get().uri("/api/points/mine")
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(HEADER);

        assertThat(UUID.fromString(returned)).isNotNull();
        assertThat(idReceivedDownstream("/api/points/mine")).isEqualTo(returned);
    }

    @Test
    void keepsAWellFormedClientId() {
        String clientId = "console-1732.abc_DEF-" + "x".repeat(43);

        client.get().uri("/api/points/kept")
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))
                .header(HEADER, clientId)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HEADER, clientId);

        assertThat(clientId).hasSize(64);
        assertThat(idReceivedDownstream("/api/points/kept")).isEqualTo(clientId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has spaces", "semi;colon", "ünïcode", "<script>"})
    void replacesAMalformedClientId(String malformed) {
        assertReplaced(malformed);
    }

    @Test
    void replacesAClientIdLongerThan64Characters() {
        assertReplaced("a".repeat(65));
    }

    @Test
    void returnsTheIdOnRefusedRequestsToo() {
        client.get().uri("/api/points/mine")
                .header(HEADER, "refused-request-1")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HEADER, "refused-request-1");
    }

    @Test
    void writesTheIdInTheGatewaysLogLinesOfTheRequest(CapturedOutput output) {
        client.get().uri("/api/points/logged")
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))
                .header(HEADER, "log-line-check-1")
                .header("X-User-Id", "1")
                .exchange()
                .expectStatus().isOk();

        // The line of a global filter and the access-log line, each written with the id in the MDC.
        assertThat(output.getOut().lines().filter(line -> line.contains("Removed client-sent identity headers")))
                .anySatisfy(line -> assertThat(line).contains("[gateway-service,log-line-check-1]"));
        assertThat(output.getOut().lines().filter(line -> line.contains("GET /api/points/logged -> 200")))
                .singleElement().satisfies(line -> assertThat(line).contains("[gateway-service,log-line-check-1]"));
    }

    private void assertReplaced(String malformed) {
        String returned = client.get().uri("/api/points/replaced")
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))
                .header(HEADER, malformed)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(HEADER);

        assertThat(returned).isNotEqualTo(malformed);
        assertThat(UUID.fromString(returned)).isNotNull();
        assertThat(idReceivedDownstream("/api/points/replaced")).isEqualTo(returned);
    }

    private static String idReceivedDownstream(String path) {
        return downstream.findAll(anyRequestedFor(urlEqualTo(path))).get(0).getHeader(HEADER);
    }
}
