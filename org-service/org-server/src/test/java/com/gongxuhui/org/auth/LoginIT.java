package com.gongxuhui.org.auth;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.test.ForgedTokens;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.org.OrgServiceIT;
import com.gongxuhui.org.account.AccountRegistration;
import com.gongxuhui.org.account.NewAccount;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LoginIT extends OrgServiceIT {

    @Autowired
    AccountRegistration registration;

    @Autowired
    SigningKeys signingKeys;

    @Test
    void seededSystemAdministratorLogsInAndSeesHimself() {
        JsonNode tokens = login(ADMIN_PHONE, ADMIN_PASSWORD).json();
        assertThat(tokens.path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(tokens.path("expiresIn").asLong()).isEqualTo(900);
        assertThat(tokens.path("refreshToken").asText()).isNotBlank();

        Response me = api().get("/api/auth/me", "Authorization", HttpApi.bearer(tokens.path("accessToken").asText()));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("phone").asText()).isEqualTo(ADMIN_PHONE);
        assertThat(me.json().path("roles").toString()).isEqualTo("[\"SYS_ADMIN\"]");
    }

    @Test
    void meCarriesTheAccountsOrganisationalPlace() {
        String phone = phone();
        registration.register(new NewAccount(phone, "Secret123", "张三", Set.of(Role.STAFF, Role.CENTER_ADMIN), 7L, 70L,
                "330106"), Actor.system());

        Response me = api().get("/api/auth/me", "Authorization", bearer(phone, "Secret123"));

        assertThat(me.json().path("institutionId").asLong()).isEqualTo(7);
        assertThat(me.json().path("centreId").asLong()).isEqualTo(70);
        assertThat(me.json().path("regionCode").asText()).isEqualTo("330106");
        assertThat(me.json().path("roles").toString()).isEqualTo("[\"CENTER_ADMIN\",\"STAFF\"]");
    }

    @Test
    void wrongPasswordIsUnauthorizedAndUnknownPhoneLooksTheSame() {
        Response wrongPassword = login(ADMIN_PHONE, "nope-nope-1");
        Response unknownPhone = login("13999999999", "nope-nope-1");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.code()).isEqualTo("BAD_CREDENTIALS");
        assertThat(unknownPhone.status()).isEqualTo(401);
        assertThat(unknownPhone.code()).isEqualTo("BAD_CREDENTIALS");
        assertThat(wrongPassword.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountEvenAgainstTheRightOne() {
        String phone = registered("Secret123");
        for (int i = 0; i < 4; i++) {
            assertThat(login(phone, "wrong-pass-" + i).status()).isEqualTo(401);
        }
        assertThat(login(phone, "Secret123").status()).as("a success resets the count").isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(login(phone, "wrong-pass-" + i).status()).isEqualTo(401);
        }

        Response locked = login(phone, "Secret123");

        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.code()).isEqualTo("ACCOUNT_LOCKED");
    }

    @Test
    void refreshRotatesAndTheOldRefreshTokenIsDead() {
        String phone = registered("Secret123");
        JsonNode first = login(phone, "Secret123").json();

        Response rotated = refresh(first.path("refreshToken").asText());

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.json().path("refreshToken").asText()).isNotEqualTo(first.path("refreshToken").asText());
        assertThat(api().get("/api/auth/me", "Authorization",
                HttpApi.bearer(rotated.json().path("accessToken").asText())).status()).isEqualTo(200);
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeFamily() {
        String phone = registered("Secret123");
        JsonNode first = login(phone, "Secret123").json();
        JsonNode second = refresh(first.path("refreshToken").asText()).json();

        Response reuse = refresh(first.path("refreshToken").asText());

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.code()).isEqualTo("REFRESH_TOKEN_REUSED");
        assertThat(refresh(second.path("refreshToken").asText()).status()).isEqualTo(401);
        assertThat(api().get("/api/auth/me", "Authorization",
                HttpApi.bearer(second.path("accessToken").asText())).status()).isEqualTo(401);
    }

    @Test
    void logoutRefusesTheAccessTokenAndItsRefreshFamilyButNotOtherLogins() {
        String phone = registered("Secret123");
        JsonNode session = login(phone, "Secret123").json();
        JsonNode otherDevice = login(phone, "Secret123").json();
        String access = HttpApi.bearer(session.path("accessToken").asText());

        assertThat(api().post("/api/auth/logout", "", "Authorization", access).status()).isEqualTo(204);

        assertThat(api().get("/api/auth/me", "Authorization", access).status()).isEqualTo(401);
        assertThat(refresh(session.path("refreshToken").asText()).status()).isEqualTo(401);
        assertThat(api().get("/api/auth/me", "Authorization",
                HttpApi.bearer(otherDevice.path("accessToken").asText())).status()).isEqualTo(200);
    }

    @Test
    void forgedTokensAreRefused() {
        Instant now = Instant.now();
        var claims = ForgedTokens.claimsFor(1, List.of("SYS_ADMIN"), now, now.plus(10, ChronoUnit.MINUTES));
        var expired = ForgedTokens.claimsFor(1, List.of("SYS_ADMIN"), now.minus(1, ChronoUnit.HOURS),
                now.minus(30, ChronoUnit.MINUTES));

        assertThat(me(ForgedTokens.withForeignKey(claims)).status()).isEqualTo(401);
        assertThat(me(ForgedTokens.unsigned(claims)).status()).isEqualTo(401);
        assertThat(me(ForgedTokens.signedWith(signingKeys.signingKey(), expired)).status()).isEqualTo(401);
        assertThat(me(ForgedTokens.signedWith(signingKeys.signingKey(), claims)).status())
                .as("the same claims signed with the real key pass, so the refusals above are the forgery's")
                .isEqualTo(200);
        assertThat(me(ForgedTokens.withForeignKey(claims)).code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void badLoginInputGetsProblemsNeverAServerError() {
        Response missing = api().post("/api/auth/login", Map.of("phone", ADMIN_PHONE));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(missing.json().path("errors").get(0).path("field").asText()).isEqualTo("password");

        Response malformed = api().send("POST", "/api/auth/login", "application/json", "{\"phone\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("MALFORMED_REQUEST");

        Response wrongType = api().post("/api/auth/login", "{\"phone\": {\"a\": 1}, \"password\": [1]}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("errors").get(0).path("field").asText()).isEqualTo("phone");

        Response huge = api().post("/api/auth/login", Map.of("phone", ADMIN_PHONE, "password", "x".repeat(10 << 20)));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.code()).isEqualTo("PAYLOAD_TOO_LARGE");

        Response notJson = api().send("POST", "/api/auth/login", "text/plain", "phone=1");
        assertThat(notJson.status()).isEqualTo(415);

        Response empty = api().send("POST", "/api/auth/login", "application/json", "");
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void problemsSpeakChineseByDefaultAndEnglishOnRequest() {
        assertThat(login(ADMIN_PHONE, "wrong-pass-1").json().path("detail").asText()).isEqualTo("手机号或密码错误");

        Response english = api().post("/api/auth/login", Map.of("phone", ADMIN_PHONE, "password", "wrong-pass-1"),
                "Accept-Language", "en");

        assertThat(english.json().path("detail").asText()).isEqualTo("Wrong phone number or password");
        assertThat(english.json().path("title").asText()).isEqualTo("Unauthenticated");
    }

    private Response me(String token) {
        return api().get("/api/auth/me", "Authorization", HttpApi.bearer(token));
    }

    private Response login(String phone, String password) {
        return api().post("/api/auth/login", Map.of("phone", phone, "password", password));
    }

    private Response refresh(String refreshToken) {
        return api().post("/api/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    private String bearer(String phone, String password) {
        return HttpApi.bearer(login(phone, password).json().path("accessToken").asText());
    }

    private String registered(String password) {
        String phone = phone();
        registration.register(new NewAccount(phone, password, "测试用户", Set.of(Role.STAFF), 1L, 1L, "330100"),
                Actor.system());
        return phone;
    }
}
