package com.gongxuhui.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/** The console's build served at / by the gateway, with its routes, caching and the public platform information. */
class ConsoleServingTest extends GatewayTestSupport {

    private static final Pattern ENTRY_SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");

    @LocalServerPort
    int port;

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

    /** What a first visit does: the browser asks for a page's chunks at once, and every one must arrive whole. */
    @Test
    void servesEveryFileOfTheBuildWholeWhenAskedForAllAtOnce() throws IOException {
        Map<String, byte[]> build = new HashMap<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:console/assets/*")) {
            try (InputStream in = file.getInputStream()) {
                build.put("/assets/" + file.getFilename(), in.readAllBytes());
            }
        }
        assertThat(build).as("the console's build on the gateway's classpath").hasSizeGreaterThan(10);
        WebClient browser = WebClient.builder().baseUrl("http://127.0.0.1:" + port)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build();

        List<Map.Entry<String, byte[]>> answers = Flux.fromIterable(build.keySet()).repeat(3)
                .flatMap(path -> browser.get().uri(path).retrieve().bodyToMono(byte[].class)
                        .map(body -> Map.entry(path, body)), 24)
                .collectList().block(Duration.ofSeconds(60));

        assertThat(answers).hasSize(4 * build.size()).allSatisfy(answer ->
                assertThat(answer.getValue()).as(answer.getKey()).isEqualTo(build.get(answer.getKey())));
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
