package com.gongxuhui.org.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.common.test.ForgedTokens;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.org.OrgServiceIT;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rolling org-service to a new signing key (deploy/README.md, Key rotation): the new key signs, the previous one
 * is still published and accepted, so tokens issued before the roll stay valid until they expire; a key taken out
 * of the configuration no longer verifies anything.
 */
class KeyRotationIT extends OrgServiceIT {

    private static final KeyPair REMOVED = rsaPair();
    private static final KeyPair PREVIOUS = rsaPair();
    private static final KeyPair CURRENT = rsaPair();

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("gxh.auth.signing-key", () -> pem(CURRENT));
        registry.add("gxh.auth.previous-signing-key", () -> pem(PREVIOUS));
    }

    @Test
    void theJwksPublishesTheCurrentAndThePreviousKey() throws ParseException {
        var published = JWKSet.parse(api().get("/oauth2/jwks").body()).getKeys();

        assertThat(published).extracting(JWK::getKeyID)
                .containsExactlyInAnyOrder(kid(CURRENT), kid(PREVIOUS))
                .doesNotContain(kid(REMOVED));
        assertThat(published).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
    }

    @Test
    void newTokensAreSignedWithTheCurrentKey() throws ParseException {
        String token = api().post("/api/auth/login", Map.of("phone", ADMIN_PHONE, "password", ADMIN_PASSWORD))
                .json().path("accessToken").asText();

        assertThat(SignedJWT.parse(token).getHeader().getKeyID()).isEqualTo(kid(CURRENT));
    }

    @Test
    void aTokenOfThePreviousKeyStaysValidUntilItExpires() {
        Response me = api().get("/api/auth/me", "Authorization", HttpApi.bearer(tokenSignedBy(PREVIOUS)));

        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().path("phone").asText()).isEqualTo(ADMIN_PHONE);
    }

    @Test
    void aTokenOfARemovedKeyIsRefused() {
        Response me = api().get("/api/auth/me", "Authorization", HttpApi.bearer(tokenSignedBy(REMOVED)));

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.code()).isEqualTo("UNAUTHENTICATED");
    }

    /** A token as org-service issued it for the system administrator while {@code pair} was its key. */
    private String tokenSignedBy(KeyPair pair) {
        long adminId = api().get("/api/auth/me", "Authorization", HttpApi.bearer(
                        api().post("/api/auth/login", Map.of("phone", ADMIN_PHONE, "password", ADMIN_PASSWORD))
                                .json().path("accessToken").asText()))
                .json().path("id").asLong();
        Instant issued = Instant.now().minus(5, ChronoUnit.MINUTES);
        return ForgedTokens.signedWith(rsaKey(pair), ForgedTokens.claimsFor(adminId, List.of("SYS_ADMIN"), issued,
                issued.plus(15, ChronoUnit.MINUTES)));
    }

    private static String kid(KeyPair pair) {
        return rsaKey(pair).getKeyID();
    }

    /** With the key id org-service derives (the thumbprint), as {@link SigningKeys} does. */
    private static RSAKey rsaKey(KeyPair pair) {
        try {
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate())
                    .keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static KeyPair rsaPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
