package com.gongxuhui.common.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The revocation list every service consults: a revoked refresh-token family (logout, reuse of a rotated
 * refresh token) and an account-wide cut-off (a disabled account). Kept in Redis so that a revocation
 * made by org-service is seen at once by every instance of every service.
 */
public class TokenRevocations {

    private final StringRedisTemplate redis;

    public TokenRevocations(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Refuses every token of the family until {@code ttl} passes (the longest life of a token in it). */
    public void revokeFamily(String family, Duration ttl) {
        redis.opsForValue().set(familyKey(family), "1", ttl);
    }

    /**
     * Refuses every token of the account issued up to {@code cutOff}, for {@code ttl}. Compared to the
     * millisecond (tokens carry their issue time in milliseconds), so that a login right after a disable,
     * move or password change is not caught by it while one just before it is.
     */
    public void revokeAccountTokensIssuedBefore(long accountId, Instant cutOff, Duration ttl) {
        redis.opsForValue().set(accountKey(accountId), Long.toString(cutOff.toEpochMilli()), ttl);
    }

    /** Asked on every request of every service: one round trip to Redis for both entries. */
    public boolean isRevoked(String family, long accountId, Instant issuedAt) {
        List<String> keys = family == null ? List.of(accountKey(accountId))
                : List.of(accountKey(accountId), familyKey(family));
        List<String> entries = redis.opsForValue().multiGet(keys);
        String cutOff = entries.get(0);
        boolean familyRevoked = entries.size() > 1 && entries.get(1) != null;
        return familyRevoked || cutOff != null && issuedAt != null && issuedAt.toEpochMilli() <= Long.parseLong(cutOff);
    }

    static String familyKey(String family) {
        return "auth:revoked:family:" + family;
    }

    static String accountKey(long accountId) {
        return "auth:revoked:account:" + accountId;
    }
}
