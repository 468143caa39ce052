package com.gongxuhui.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class RoutingTest extends GatewayTestSupport {

    @Autowired
    RouteLocator routes;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/auth/login, org-service",
            "/oauth2/jwks, org-service",
            "/api/regions/330100, org-service",
            "/api/institutions/1, org-service",
            "/api/gov-managers, org-service",
            "/api/accounts/5, org-service",
            "/api/audit/events, org-service",
            "/v3/api-docs/org-service, org-service",
            "/api/demands/1, demand-service",
            "/api/demand-pool, demand-service",
            "/api/fields, demand-service",
            "/api/files/abc, demand-service",
            "/open/demands, demand-service",
            "/api/expert-portal/demands/7, demand-service",
            "/api/expert-portal/dockings, demand-service",
            "/v3/api-docs/demand-service, demand-service",
            "/api/experts/2, expert-service",
            "/api/expert-portal/login, expert-service",
            "/api/expert-portal/subscriptions, expert-service",
            "/api/wechat/events, expert-service",
            "/v3/api-docs/expert-service, expert-service",
            "/api/enterprises/4, enterprise-service",
            "/v3/api-docs/enterprise-service, enterprise-service",
            "/api/points/ledger, score-service",
            "/api/performance/institutions, score-service",
            "/api/score-rules, score-service",
            "/v3/api-docs/score-service, score-service",
            "/api/notifications, notify-service",
            "/v3/api-docs/notify-service, notify-service",
            "/api/ops/org-service/parked-events, org-service",
            "/api/ops/demand-service/outbox/parked, demand-service",
            "/api/ops/expert-service/parked-events/3/replay, expert-service",
            "/api/ops/enterprise-service/outbox/parked/4/resend, enterprise-service",
            "/api/ops/score-service/parked-events, score-service",
            "/api/ops/notify-service/parked-events, notify-service"})
    void sendsEachPathToTheRouteOfItsService(String path, String routeId) {
        Route route = routeFor(path);

        assertThat(route.getId()).isEqualTo(routeId);
        String expectedUri = routeId.equals("notify-service")
                ? "http://127.0.0.1:" + deadPort
                : downstream.baseUrl();
        assertThat(route.getUri()).isEqualTo(URI.create(expectedUri));
    }

    @Test
    void hasNoRouteForOtherPaths() {
        // internal endpoints and actuator are never reachable from outside (issue 13, finding 7)
        assertThat(Flux.fromIterable(List.of("/api/unknown", "/v3/api-docs/other-service", "/apix/auth",
                        "/api/ops/other-service/parked-events", "/internal/enterprises/1", "/internal/expert-logins",
                        "/actuator/prometheus", "/actuator/env", "/api/../internal/enterprises/1"))
                .flatMap(path -> matchingRoutes(path).hasElements()).collectList().block())
                .containsOnly(false);
    }

    @Test
    void answersAPathWithoutServiceWithANotFoundProblem() {
        client.get().uri("/api/nothing-here")
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("NOT_FOUND")
                .jsonPath("$.detail").isEqualTo("没有服务处理该路径");

        client.get().uri("/api/nothing-here")
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Not found")
                .jsonPath("$.detail").isEqualTo("No service handles this path");
    }

    @Test
    void answersAServiceThatIsDownWithAServiceUnavailableProblem() {
        client.get().uri("/api/notifications")
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.detail").isEqualTo("服务暂时不可用，请稍后再试");
    }

    @Test
    void servesEachServicesOpenApiDocumentFromItsOwnApiDocsPath() {
        downstream.stubFor(get("/v3/api-docs").willReturn(okJson("{\"openapi\":\"3.1.0\"}")));

        client.get().uri("/v3/api-docs/demand-service")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").isEqualTo("3.1.0");

        downstream.verify(getRequestedFor(urlEqualTo("/v3/api-docs")));
    }

    @Test
    void offersOneSwaggerUiListingEveryServiceWithoutAToken() {
        client.get().uri("/swagger-ui.html")
                .exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).contains("swagger-ui/index.html"));

        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].name").value(names -> assertThat(names.toString()).contains(
                        "org-service", "demand-service", "expert-service", "enterprise-service", "score-service",
                        "notify-service"))
                .jsonPath("$.urls[?(@.name == 'score-service')].url").isEqualTo("/v3/api-docs/score-service");

        client.get().uri("/swagger-ui/index.html")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        client.get().uri("/swagger-ui/swagger-initializer.js")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(script -> assertThat(script).contains("/v3/api-docs/swagger-config"));
    }

    private Route routeFor(String path) {
        return matchingRoutes(path).next().block();
    }

    private Flux<Route> matchingRoutes(String path) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        return routes.getRoutes()
                .filterWhen(route -> Mono.from(route.getPredicate().apply(exchange)));
    }
}
