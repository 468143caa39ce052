package com.gongxuhui.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

class TokenCheckTest extends GatewayTestSupport {

    @Test
    void routesARequestWithAValidTokenAndForwardsItsAuthorizationHeaderUnchanged() {
        String token = tokens.valid();

        client.get().uri("/api/regions/330100")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.from").isEqualTo("downstream");

        downstream.verify(getRequestedFor(urlEqualTo("/api/regions/330100"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo(bearer(token))));
    }

    @Test
    void refusesARequestWithoutATokenWithAnUnauthenticatedProblemInChinese() {
        client.get().uri("/api/demands")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.code").isEqualTo("UNAUTHENTICATED")
                .jsonPath("$.title").isEqualTo("未认证")
                .jsonPath("$.detail").isEqualTo("未登录或令牌无效")
                .jsonPath("$.instance").isEqualTo("/api/demands")
                .jsonPath("$.type").isEqualTo("https://gongxuhui.zj.cn/problems/UNAUTHENTICATED");

        assertNothingReachedTheServices();
    }

    @Test
    void answersInEnglishWhenTheCallerAsksForIt() {
        client.get().uri("/api/demands")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Unauthenticated")
                .jsonPath("$.detail").isEqualTo("Not authenticated or token invalid");
    }

    static Stream<Arguments> forgedTokens() {
        return Stream.of(
                Arguments.of("signed with another key", tokens.signedWithAnotherKey()),
                Arguments.of("unsigned (alg none)", tokens.unsigned()),
                Arguments.of("expired", tokens.expired()),
                Arguments.of("of another issuer", tokens.ofIssuer("someone-else")),
                Arguments.of("without expiry", tokens.withoutExpiry()),
                Arguments.of("not a JWT at all", "not-a-jwt"));
    }

    @ParameterizedTest(name = "a token {0}")
    @MethodSource("forgedTokens")
    void refusesAForgedOrExpiredToken(String kind, String token) {
        client.get().uri("/api/experts")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");

        assertNothingReachedTheServices();
    }

    static Stream<Arguments> publicEndpoints() {
        return Stream.of(
                Arguments.of(HttpMethod.POST, "/api/auth/login"),
                Arguments.of(HttpMethod.POST, "/api/auth/refresh"),
                Arguments.of(HttpMethod.POST, "/api/auth/dingtalk"),
                Arguments.of(HttpMethod.POST, "/api/auth/portal"),
                Arguments.of(HttpMethod.POST, "/api/expert-portal/login"),
                Arguments.of(HttpMethod.POST, "/api/wechat/events"),
                Arguments.of(HttpMethod.GET, "/oauth2/jwks"),
                Arguments.of(HttpMethod.GET, "/v3/api-docs/org-service"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("publicEndpoints")
    void letsPublicEndpointsThroughWithoutAToken(HttpMethod method, String path) {
        client.method(method).uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void letsTheGatewaysOwnHealthThroughWithoutAToken() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void keepsOtherMethodsOfTheLoginPathsBehindTheTokenCheck() {
        client.get().uri("/api/auth/login").exchange().expectStatus().isUnauthorized();
        client.delete().uri("/api/wechat/events").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void doesNotRefuseSigningInForAStaleTokenTheBrowserStillSends() {
        String staleToken = tokens.expired();

        client.post().uri("/api/auth/login")
                .header(HttpHeaders.AUTHORIZATION, bearer(staleToken))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"phone\":\"13800000000\",\"password\":\"x\"}")
                .exchange()
                .expectStatus().isOk();

        downstream.verify(postRequestedFor(urlEqualTo("/api/auth/login"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo(bearer(staleToken))));
    }

    @Test
    void fetchesOrgServiceKeysOnFirstUseNotAtStart() {
        ReactiveJwtDecoder decoder = new TokenDecoderConfig().jwtDecoder(
                new TokenProperties(TestTokens.ISSUER, URI.create(downstream.baseUrl() + "/oauth2/jwks"), false),
                WebClient.builder(), noLoadBalancer());

        assertThat(downstream.findAll(getRequestedFor(urlEqualTo("/oauth2/jwks")))).isEmpty();

        assertThat(decoder.decode(tokens.valid()).block().getSubject()).isEqualTo("42");
        assertThat(downstream.findAll(getRequestedFor(urlEqualTo("/oauth2/jwks")))).hasSize(1);
    }

    @Test
    void asksTheCallerToRetryWhenOrgServiceKeysCannotBeFetched() {
        downstream.stubFor(get("/oauth2/jwks").atPriority(1).willReturn(aResponse().withStatus(503)));

        client.get().uri("/api/experts")
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.signedWithUnknownKeyId()))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
    }

    private static void assertNothingReachedTheServices() {
        assertThat(downstream.findAll(anyRequestedFor(anyUrl())))
                .allSatisfy(request -> assertThat(request.getUrl()).isEqualTo("/oauth2/jwks"));
    }

    private static ObjectProvider<ReactorLoadBalancerExchangeFilterFunction> noLoadBalancer() {
        return new StaticListableBeanFactory().getBeanProvider(ReactorLoadBalancerExchangeFilterFunction.class);
    }
}
