package com.gongxuhui.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;

class IdentityHeadersTest extends GatewayTestSupport {

    @Test
    void removesClientSentIdentityHeadersBeforeTheServiceSeesTheRequest() {
        String token = tokens.valid();

        client.get().uri("/api/demands/7")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .header("X-User-Id", "1")
                .header("x-user-roles", "SYS_ADMIN")
                .header("X-Auth-Subject", "1")
                .header("X-Roles", "SYS_ADMIN")
                .header("X-Institution-Id", "99")
                .header("X-Forwarded-User", "admin")
                .header("X-Client-Version", "1.2.0")
                .exchange()
                .expectStatus().isOk();

        List<LoggedRequest> received = downstream.findAll(anyRequestedFor(urlEqualTo("/api/demands/7")));
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.getHeaders().keys())
                    .noneMatch(IdentityHeaderFilter::isIdentityHeader)
                    .doesNotContain("X-User-Id", "x-user-roles", "X-Auth-Subject", "X-Roles", "X-Institution-Id",
                            "X-Forwarded-User");
            assertThat(request.getHeader("X-Client-Version")).isEqualTo("1.2.0");
            assertThat(request.getHeader(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer(token));
        });
    }

    @Test
    void removesThemOnPublicPathsToo() {
        client.post().uri("/api/auth/login")
                .header("X-User-Id", "1")
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk();

        assertThat(downstream.findAll(anyRequestedFor(urlEqualTo("/api/auth/login"))))
                .singleElement()
                .satisfies(request -> assertThat(request.containsHeader("X-User-Id")).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-User-Id", "x-user-name", "X-USER-ROLES", "X-Auth-Token", "X-Roles", "x-institution-id",
            "X-Forwarded-User"})
    void recognisesIdentityHeadersWhateverTheirCase(String name) {
        assertThat(IdentityHeaderFilter.isIdentityHeader(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "X-Request-Id", "X-Forwarded-For", "X-User", "Accept-Language"})
    void leavesOtherHeadersAlone(String name) {
        assertThat(IdentityHeaderFilter.isIdentityHeader(name)).isFalse();
    }
}
