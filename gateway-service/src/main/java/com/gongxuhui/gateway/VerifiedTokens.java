package com.gongxuhui.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The tokens this gateway has verified, each until it expires. A console user sends the same access token with every
 * request of its 15 minutes, and parsing it and checking its RS256 signature and claims again each time was the
 * largest cost of a proxied request after the proxying itself (docs/benchmarks.md). Only verified tokens are kept: a
 * forged or expired one is checked, and refused, every time. A revoked token may pass the gateway until it expires;
 * the services refuse it, as they check revocation on every request.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(ReactiveJwtDecoder verifier, Clock clock, long capacity) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder().maximumSize(capacity).expireAfter(untilExpiry(clock)).build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            return Mono.just(known);
        }
        return verifier.decode(token).doOnNext(jwt -> verified.put(token, jwt));
    }

    private static Expiry<String, Jwt> untilExpiry(Clock clock) {
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(String token, Jwt jwt, long now) {
                Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
                return left.isNegative() ? 0 : left.toNanos();
            }

            @Override
            public long expireAfterUpdate(String token, Jwt jwt, long now, long currentDuration) {
                return expireAfterCreate(token, jwt, now);
            }

            @Override
            public long expireAfterRead(String token, Jwt jwt, long now, long currentDuration) {
                return currentDuration;
            }
        };
    }
}
