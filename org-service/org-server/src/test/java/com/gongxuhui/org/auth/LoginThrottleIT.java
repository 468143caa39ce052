package com.gongxuhui.org.auth;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.security.ClientAddress;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.org.OrgServiceIT;
import com.gongxuhui.org.account.AccountRegistration;
import com.gongxuhui.org.account.NewAccount;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrong passwords are counted by account and client address (issue 13, finding 4): one machine cannot lock an
 * account for everybody, an address guessing over many phones is refused, and every refusal is a security event
 * that only the system administrator lists.
 */
class LoginThrottleIT extends OrgServiceIT {

    private static final String PASSWORD = "Secret123";

    @Autowired
    AccountRegistration registration;

    @Autowired
    AuthProperties properties;

    @Test
    void wrongPasswordsFromOneAddressLockTheAccountThereOnly() {
        String phone = registered();
        String attacker = address();
        for (int i = 0; i < properties.maxFailedLogins(); i++) {
            assertThat(login(phone, "wrong-pass-" + i, attacker).status()).isEqualTo(401);
        }

        Response there = login(phone, PASSWORD, attacker);
        assertThat(there.status()).isEqualTo(423);
        assertThat(there.code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(login(phone, PASSWORD, address()).status()).as("the owner, elsewhere").isEqualTo(200);
    }

    @Test
    void theSystemAdministratorCannotBeLockedOutFromAnotherMachine() {
        String attacker = address();
        for (int i = 0; i < properties.maxFailedLogins() + 2; i++) {
            login(ADMIN_PHONE, "wrong-pass-" + i, attacker);
        }

        assertThat(login(ADMIN_PHONE, ADMIN_PASSWORD, address()).status()).isEqualTo(200);
    }

    @Test
    void anAddressGuessingOverManyPhonesIsRefusedForAWhile() {
        String guesser = address();
        String phone = registered();
        for (int i = 0; i < properties.maxFailedLoginsPerAddress(); i++) {
            assertThat(login(phone(), "wrong-pass", guesser).status()).isEqualTo(401);
        }

        Response refused = login(phone, PASSWORD, guesser);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("LOGIN_THROTTLED");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(login(phone, PASSWORD, address()).status()).isEqualTo(200);
    }

    @Test
    void refusalsAreSecurityEventsTheSystemAdministratorListsAndFilters() {
        String phone = registered();
        String attacker = address();
        for (int i = 0; i < properties.maxFailedLogins(); i++) {
            login(phone, "wrong-pass-" + i, attacker);
        }
        String sysAdmin = bearer(ADMIN_PHONE, ADMIN_PASSWORD);

        JsonNode failed = events("?kind=LOGIN_FAILED&subject=" + phone, sysAdmin).json();
        assertThat(failed.path("items")).hasSize(properties.maxFailedLogins());
        assertThat(failed.path("items").get(0).path("clientAddress").asText()).isEqualTo(attacker);
        assertThat(failed.path("items").get(0).path("service").asText()).isEqualTo("org-service");
        JsonNode locked = events("?kind=ACCOUNT_LOCKED&clientAddress=" + attacker, sysAdmin).json();
        assertThat(locked.path("items")).hasSize(1);
        assertThat(locked.path("items").get(0).path("subject").asText()).isEqualTo(phone);
        assertThat(locked.path("items").get(0).path("accountId").asLong()).isPositive();
        assertThat(events("?kind=NOT_A_KIND", sysAdmin).status()).isEqualTo(400);

        Response byStaff = events("", HttpApi.bearer(api().post("/api/auth/login",
                Map.of("phone", phone, "password", PASSWORD)).json().path("accessToken").asText()));
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(events("", null).status()).isEqualTo(401);
    }

    @Test
    void aReusedRefreshTokenIsASecurityEvent() {
        String phone = registered();
        String address = address();
        JsonNode tokens = login(phone, PASSWORD, address).json();
        long accountId = me(tokens.path("accessToken").asText()).path("id").asLong();
        String first = tokens.path("refreshToken").asText();
        assertThat(refresh(first, address).status()).isEqualTo(200);

        assertThat(refresh(first, address).code()).isEqualTo("REFRESH_TOKEN_REUSED");

        JsonNode reused = events("?kind=REFRESH_TOKEN_REUSED&clientAddress=" + address,
                bearer(ADMIN_PHONE, ADMIN_PASSWORD)).json();
        assertThat(reused.path("items")).hasSize(1);
        assertThat(reused.path("items").get(0).path("accountId").asLong()).isEqualTo(accountId);
    }

    private Response events(String query, String bearer) {
        return bearer == null ? api().get("/api/audit/security-events" + query)
                : api().get("/api/audit/security-events" + query, "Authorization", bearer);
    }

    private Response login(String phone, String password, String address) {
        return api().post("/api/auth/login", Map.of("phone", phone, "password", password),
                ClientAddress.HEADER, address);
    }

    private Response refresh(String refreshToken, String address) {
        return api().post("/api/auth/refresh", Map.of("refreshToken", refreshToken), ClientAddress.HEADER, address);
    }

    private JsonNode me(String accessToken) {
        return api().get("/api/auth/me", "Authorization", HttpApi.bearer(accessToken)).json();
    }

    private String bearer(String phone, String password) {
        return HttpApi.bearer(login(phone, password, address()).json().path("accessToken").asText());
    }

    private String registered() {
        String phone = phone();
        registration.register(new NewAccount(phone, PASSWORD, "李四", Set.of(Role.STAFF), 7L, 70L, "330106"),
                Actor.system());
        return phone;
    }

    /** A fresh address per use, so that runs and tests sharing Redis do not count together. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
