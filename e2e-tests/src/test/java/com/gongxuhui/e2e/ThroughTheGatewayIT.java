package com.gongxuhui.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.ForgedTokens;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.ServiceProcess;
import com.gongxuhui.common.test.HttpApi.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A user's first steps, through the gateway to the real services on their own ports. */
class ThroughTheGatewayIT {

    private static final String ADMIN_PHONE = "13800000000";
    private static final String ADMIN_PASSWORD = "Admin@123456";

    private static GatewayPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = GatewayPlatform.get();
    }

    @Test
    void loginThenMe() {
        Response me = gateway().get("/api/auth/me", "Authorization", adminBearer());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("phone").asText()).isEqualTo(ADMIN_PHONE);
        assertThat(me.json().path("roles").toString()).contains("SYS_ADMIN");
    }

    @Test
    void refreshRotatesAndReusingARotatedTokenKillsTheFamily() {
        JsonNode first = login().json();
        Response second = refresh(first.path("refreshToken").asText());
        assertThat(second.status()).isEqualTo(200);
        String secondAccess = HttpApi.bearer(second.json().path("accessToken").asText());
        assertThat(gateway().get("/api/auth/me", "Authorization", secondAccess).status()).isEqualTo(200);

        Response reuse = refresh(first.path("refreshToken").asText());

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.code()).isEqualTo("REFRESH_TOKEN_REUSED");
        assertThat(refresh(second.json().path("refreshToken").asText()).status()).isEqualTo(401);
        assertThat(gateway().get("/api/auth/me", "Authorization", secondAccess).status()).isEqualTo(401);
    }

    @Test
    void afterLogoutTheOldAccessTokenGets401() {
        String access = adminBearer();

        assertThat(gateway().post("/api/auth/logout", "", "Authorization", access).status()).isEqualTo(204);

        Response after = gateway().get("/api/auth/me", "Authorization", access);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void forgedTokensGet401() {
        Instant now = Instant.now();
        var claims = ForgedTokens.claimsFor(1, List.of("SYS_ADMIN"), now, now.plus(10, ChronoUnit.MINUTES));
        var expired = ForgedTokens.claimsFor(1, List.of("SYS_ADMIN"), now.minus(2, ChronoUnit.HOURS),
                now.minus(1, ChronoUnit.HOURS));

        assertThat(me(ForgedTokens.withForeignKey(claims)).status()).isEqualTo(401);
        assertThat(me(ForgedTokens.unsigned(claims)).status()).isEqualTo(401);
        assertThat(me(ForgedTokens.signedWith(platform.signingKey(), expired)).status()).isEqualTo(401);
        assertThat(me("not-a-jwt").status()).isEqualTo(401);
        assertThat(gateway().get("/api/auth/me").status()).isEqualTo(401);
        assertThat(me(ForgedTokens.signedWith(platform.signingKey(), claims)).status())
                .as("the same claims with the real key pass: the refusals above are the forgeries'")
                .isEqualTo(200);
    }

    @Test
    void clientSentIdentityHeadersChangeNothing() {
        String[] spoofed = {"X-User-Id", "999", "X-Roles", "SYS_ADMIN", "X-Institution-Id", "42"};

        assertThat(gateway().get("/api/auth/me", spoofed).status()).isEqualTo(401);

        String[] withToken = {"Authorization", adminBearer(), "X-User-Id", "999", "X-Institution-Id", "42"};
        JsonNode me = gateway().get("/api/auth/me", withToken).json();
        assertThat(me.path("id").asLong()).isNotEqualTo(999);
        assertThat(me.path("phone").asText()).isEqualTo(ADMIN_PHONE);
        assertThat(me.has("institutionId")).isFalse();
    }

    @Test
    void theNewAdministratorFindsExactlyOneWelcomeInHisInbox() {
        String access = adminBearer();

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                .until(() -> gateway().get("/api/notifications", "Authorization", access).json().path("total").asLong() >= 1);
        ServiceProcess.sleep(1500);

        JsonNode inbox = gateway().get("/api/notifications", "Authorization", access).json();
        assertThat(inbox.path("total").asLong()).isEqualTo(1);
        assertThat(inbox.path("items").get(0).path("kind").asText()).isEqualTo("WELCOME");
    }

    @Test
    void aBurstOverTheRouteLimitGets429WhileOtherRoutesKeepWorking() {
        String access = adminBearer();
        ServiceProcess.sleep(1100);

        List<Response> burst = IntStream.range(0, 4 * GatewayPlatform.NOTIFY_ROUTE_QPS)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> gateway().get("/api/notifications", "Authorization", access)))
                .toList().stream().map(CompletableFuture::join).toList();
        Response otherRoute = gateway().get("/api/auth/me", "Authorization", access);

        List<Response> refused = burst.stream().filter(r -> r.status() == 429).toList();
        assertThat(refused).isNotEmpty();
        assertThat(burst.stream().filter(r -> r.status() == 200)).isNotEmpty();
        assertThat(burst).allMatch(r -> r.status() == 200 || r.status() == 429);
        assertThat(refused.get(0).header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.get(0).code()).isEqualTo("RATE_LIMITED");
        assertThat(otherRoute.status()).isEqualTo(200);
        ServiceProcess.sleep(1100);
    }

    @Test
    void badLoginInputGets4xxProblemsNeverA500() {
        Response missing = gateway().post("/api/auth/login", Map.of("phone", ADMIN_PHONE));
        Response malformed = gateway().send("POST", "/api/auth/login", "application/json", "{\"phone\":");
        Response wrongTypes = gateway().post("/api/auth/login", "{\"phone\": [1,2], \"password\": {\"x\": 1}}");
        Response huge = gateway().post("/api/auth/login",
                Map.of("phone", ADMIN_PHONE, "password", "x".repeat(10 * 1024 * 1024)));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(wrongTypes.status()).isEqualTo(400);
        assertThat(huge.status()).isEqualTo(413);
        for (Response r : List.of(missing, malformed, wrongTypes, huge)) {
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void everyResponseCarriesARequestIdAndAWellFormedOneIsKept() {
        Response generated = gateway().post("/api/auth/login", Map.of("phone", ADMIN_PHONE, "password", ADMIN_PASSWORD));
        Response kept = gateway().post("/api/auth/login", Map.of("phone", ADMIN_PHONE, "password", ADMIN_PASSWORD),
                "X-Request-Id", "console-abc-123");

        assertThat(generated.header("X-Request-Id")).isNotBlank();
        assertThat(kept.header("X-Request-Id")).isEqualTo("console-abc-123");
    }

    private static HttpApi gateway() {
        return platform.gateway();
    }

    private static Response login() {
        Response response = gateway().post("/api/auth/login", Map.of("phone", ADMIN_PHONE, "password", ADMIN_PASSWORD));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static String adminBearer() {
        return HttpApi.bearer(login().json().path("accessToken").asText());
    }

    private static Response refresh(String refreshToken) {
        return gateway().post("/api/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    private static Response me(String token) {
        return gateway().get("/api/auth/me", "Authorization", HttpApi.bearer(token));
    }
}
