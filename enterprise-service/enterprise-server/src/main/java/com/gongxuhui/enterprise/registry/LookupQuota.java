package com.gongxuhui.enterprise.registry;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.time.ProvinceTime;
import com.gongxuhui.common.web.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Each account's daily allowance of paid registry lookups, counted in Redis (shared by every instance) per
 * account and calendar day in China. It is charged before the provider is called, whatever the provider then
 * answers: the call is paid either way.
 */
@Component
class LookupQuota {

    /** A day's counter outlives its day, whatever the clock skew between instances. */
    private static final Duration KEEP = Duration.ofDays(2);

    private final StringRedisTemplate redis;
    private final RegistryProperties properties;
    private final Clock clock;
    private final String keyPrefix;

    LookupQuota(StringRedisTemplate redis, RegistryProperties properties, Clock clock,
            @Value("${gxh.events.topic-prefix:}") String environment) {
        this.redis = redis;
        this.properties = properties;
        this.clock = clock;
        // the environment's prefix (per test run in tests): account ids repeat between test runs' schemas
        this.keyPrefix = environment + "registry:lookups:";
    }

    /** Counts one paid lookup for {@code asker}; 429 {@code REGISTRY_QUOTA_EXCEEDED} once today's are used up. */
    void charge(CurrentUser asker) {
        String key = keyPrefix + asker.id() + ":" + LocalDate.now(clock.withZone(ProvinceTime.ZONE));
        Long used = redis.opsForValue().increment(key);
        redis.expire(key, KEEP);
        int allowed = properties.dailyLookupsPerAccount();
        if (used == null || used > allowed) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "REGISTRY_QUOTA_EXCEEDED", allowed);
        }
    }
}
