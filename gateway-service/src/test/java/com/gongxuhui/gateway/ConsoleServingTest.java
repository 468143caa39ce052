package com.gongxuhui.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The console's build served at / by the gateway, with its routes, caching and the public platform information. */
class ConsoleServingTest extends GatewayTestSupport {

    private static final Pattern ENTRY_SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");

    @Test
    void servesTheConsoleAtTheRootWithoutCachingIt() {
        String index = client.get().uri("/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noCache())
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(index).contains("<div id=\"app\">");
    }

    @Test
    void answersAConsoleRouteTypedInTheAddressBarWithTheConsole() {
        client.get().uri("/demands/42").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(body -> assertThat(body).contains("<div id=\"app\">"));
    }

    @Test
    void cachesTheContentNamedAssetsForAYear() {
        String index = client.get().uri("/").exchange().expectBody(String.class).returnResult().getResponseBody();
        Matcher entry = ENTRY_SCRIPT.matcher(index);
        assertThat(entry.find()).as("entry script in %s", index).isTrue();

        client.get().uri(entry.group(1)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable")
                .expectHeader().contentTypeCompatibleWith("text/javascript");
    }

    @Test
    void refusesAnAssetOfAnotherReleaseInsteadOfAnsweringWithTheConsole() {
        client.get().uri("/assets/index-gone.js").exchange().expectStatus().isNotFound();
    }

    @Test
    void leavesTheApiToTheServicesAndItsTokenCheck() {
        client.get().uri("/api/demands").exchange().expectStatus().isUnauthorized();
        client.post().uri("/demands").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void tellsAnyoneWhetherThePlatformIsASandbox() {
        client.get().uri("/api/platform").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.sandbox").isEqualTo(false)
                .jsonPath("$.version").value(version -> assertThat((String) version).matches("\\d+\\.\\d+\\.\\d+.*"));
    }
}
