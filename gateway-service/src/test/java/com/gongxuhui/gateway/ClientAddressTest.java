package com.gongxuhui.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;

/** The caller's address the services throttle logins by: the gateway's to tell, never the client's. */
class ClientAddressTest extends GatewayTestSupport {

    @Test
    void aServiceLearnsThePeersAddressWhateverTheClientClaims() {
        client.get().uri("/api/regions/330100")
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))
                .header("X-Client-Address", "6.6.6.6")
                .header("X-Forwarded-For", "7.7.7.7")
                .exchange()
                .expectStatus().isOk();

        downstream.verify(getRequestedFor(urlEqualTo("/api/regions/330100"))
                .withHeader("X-Client-Address", equalTo("127.0.0.1")));
    }

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            "203.0.113.9; 1.2.3.4; 203.0.113.9",
            "10.0.0.2; 1.2.3.4; 1.2.3.4",
            "10.0.0.2; 6.6.6.6, 1.2.3.4; 1.2.3.4",
            "10.0.0.2; 6.6.6.6, 1.2.3.4, 10.0.0.3; 1.2.3.4",
            "10.0.0.2; ; 10.0.0.2"})
    void onlyTrustedProxiesMayNameTheClient(String peer, String forwardedFor, String client) {
        assertThat(ClientAddressFilter.resolve(peer, forwardedFor, Set.of("10.0.0.2", "10.0.0.3"))).isEqualTo(client);
    }
}
