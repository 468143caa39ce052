package com.gongxuhui.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Against the real Redis on 127.0.0.1:6379. */
class TokenRevocationsIT {

    private static LettuceConnectionFactory connections;
    private static TokenRevocations revocations;

    @BeforeAll
    static void connect() {
        connections = new LettuceConnectionFactory("127.0.0.1", 6379);
        connections.afterPropertiesSet();
        connections.start();
        revocations = new TokenRevocations(new StringRedisTemplate(connections));
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @Test
    void aRevokedFamilyRefusesItsTokensAndOnlyThose() {
        String family = UUID.randomUUID().toString();
        String otherFamily = UUID.randomUUID().toString();
        long account = System.nanoTime();

        revocations.revokeFamily(family, Duration.ofMinutes(1));

        assertThat(revocations.isRevoked(family, account, Instant.now())).isTrue();
        assertThat(revocations.isRevoked(otherFamily, account, Instant.now())).isFalse();
    }

    @Test
    void anAccountCutOffRefusesTokensIssuedBeforeItButNotAfter() {
        long account = System.nanoTime();
        Instant cutOff = Instant.now();

        revocations.revokeAccountTokensIssuedBefore(account, cutOff, Duration.ofMinutes(1));

        assertThat(revocations.isRevoked(UUID.randomUUID().toString(), account, cutOff.minusMillis(5))).isTrue();
        assertThat(revocations.isRevoked(UUID.randomUUID().toString(), account, cutOff.plusMillis(1))).isFalse();
        assertThat(revocations.isRevoked(UUID.randomUUID().toString(), account + 1, cutOff.minusSeconds(5))).isFalse();
    }
}
