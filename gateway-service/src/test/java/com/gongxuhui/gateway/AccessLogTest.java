package com.gongxuhui.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

/** The gateway's access log: a line per answer, and one for a request its client gave up on before any answer. */
@ExtendWith(OutputCaptureExtension.class)
class AccessLogTest extends GatewayTestSupport {

    @LocalServerPort
    int port;

    @Test
    void logsEachAnswerWithItsStatus(CapturedOutput output) {
        downstream.stubFor(get("/api/demands/logged").willReturn(okJson("{}")));

        client.get().uri("/api/demands/logged").header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))
                .exchange().expectStatus().isOk();

        await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains("GET /api/demands/logged -> 200 OK"));
    }

    @Test
    void logsARequestWhoseClientWentAwayBeforeAnyAnswer(CapturedOutput output) {
        downstream.stubFor(get("/api/demands/hanging").willReturn(okJson("{}").withFixedDelay(5_000)));
        WebClient impatient = WebClient.create("http://127.0.0.1:" + port);

        assertThatThrownBy(() -> impatient.get().uri("/api/demands/hanging")
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid())).retrieve().bodyToMono(String.class)
                .block(Duration.ofMillis(500)))
                .isInstanceOf(IllegalStateException.class);

        await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains(
                "GET /api/demands/hanging -> cancelled by the client after"));
        assertThat(output.getOut()).doesNotContain("GET /api/demands/hanging -> 200");
    }
}
