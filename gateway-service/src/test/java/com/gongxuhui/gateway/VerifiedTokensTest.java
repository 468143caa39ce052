package com.gongxuhui.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * A token verified once is not verified again until it expires; a refused one is checked every time. The verifier
 * here stands for Nimbus's: it records what it was asked to verify.
 */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    private final List<String> verifications = new ArrayList<>();
    private final VerifiedTokens tokens = new VerifiedTokens(token -> {
        verifications.add(token);
        return token.startsWith("forged") ? Mono.error(new BadJwtException("bad signature"))
                : Mono.just(jwt(token, token.startsWith("expired") ? NOW.minusSeconds(1) : NOW.plusSeconds(900)));
    }, Clock.fixed(NOW, ZoneOffset.UTC), 100);

    @Test
    void aVerifiedTokenIsVerifiedOnceUntilItExpires() {
        assertThat(tokens.decode("valid").block().getSubject()).isEqualTo("valid");
        assertThat(tokens.decode("valid").block().getSubject()).isEqualTo("valid");
        assertThat(tokens.decode("other").block().getSubject()).isEqualTo("other");

        assertThat(verifications).containsExactly("valid", "other");
    }

    @Test
    void aRefusedTokenIsCheckedEveryTime() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).containsExactly("forged", "forged");
    }

    @Test
    void aTokenPastItsExpiryIsNotKept() {
        tokens.decode("expired").block();
        tokens.decode("expired").block();

        assertThat(verifications).containsExactly("expired", "expired");
    }

    private static Jwt jwt(String subject, Instant expiresAt) {
        return Jwt.withTokenValue(subject).header("alg", "RS256").subject(subject).issuedAt(NOW.minusSeconds(60))
                .expiresAt(expiresAt).build();
    }
}
