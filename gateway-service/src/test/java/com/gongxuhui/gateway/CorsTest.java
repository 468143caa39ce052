package com.gongxuhui.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class CorsTest extends GatewayTestSupport {

    private static final String CONSOLE = "http://localhost:5173";

    @Test
    void answersThePreflightOfTheConsoleWithoutATokenAndWithoutAskingAService() {
        client.options().uri("/api/demands")
                .header(HttpHeaders.ORIGIN, CONSOLE)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type, x-request-id")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CONSOLE)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("POST"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers -> assertThat(headers.toLowerCase())
                        .contains("authorization", "content-type", "x-request-id"));

        assertThat(downstream.findAll(anyRequestedFor(urlEqualTo("/api/demands")))).isEmpty();
    }

    @Test
    void acceptsTheConsoleOnItsOtherLocalAddress() {
        client.options().uri("/api/demands")
                .header(HttpHeaders.ORIGIN, "http://127.0.0.1:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://127.0.0.1:5173");
    }

    @Test
    void refusesThePreflightOfAnUnknownOrigin() {
        client.options().uri("/api/demands")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void letsTheConsoleReadTheRequestIdOfAnAnswer() {
        client.get().uri("/api/experts/3")
                .header(HttpHeaders.ORIGIN, CONSOLE)
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CONSOLE)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> assertThat(exposed).containsIgnoringCase("X-Request-Id"));
    }

    @Test
    void letsTheConsoleReadA401Too() {
        client.get().uri("/api/experts/3")
                .header(HttpHeaders.ORIGIN, CONSOLE)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CONSOLE);
    }
}
