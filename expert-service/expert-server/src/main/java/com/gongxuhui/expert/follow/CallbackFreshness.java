package com.gongxuhui.expert.follow;

import com.gongxuhui.common.web.ProblemException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps a callback WeChat signed from being used twice: its {@code timestamp} (WeChat's seconds) must lie within
 * {@link #WINDOW} of our clock, and its {@code nonce} is remembered in Redis (shared by every instance) for as
 * long as that timestamp can pass, so that an observed URL is worth one call. A call whose handling failed gives
 * its nonce back: nothing was done, and WeChat delivers the event again.
 */
@Component
class CallbackFreshness {

    static final Duration WINDOW = Duration.ofMinutes(5);

    private final StringRedisTemplate redis;
    private final String keyPrefix;
    private final Clock clock;

    CallbackFreshness(StringRedisTemplate redis, @Value("${gxh.events.topic-prefix:}") String environment, Clock clock) {
        this.redis = redis;
        this.keyPrefix = environment + "wechat:callback-nonce:";
        this.clock = clock;
    }

    /** 403 {@code WECHAT_TIMESTAMP_EXPIRED} unless {@code timestamp} is within the window of now. */
    void requireFresh(String timestamp) {
        boolean fresh = timestamp != null && timestamp.matches("\\d{1,12}")
                && Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp)) <= WINDOW.toSeconds();
        if (!fresh) {
            throw ProblemException.forbidden("WECHAT_TIMESTAMP_EXPIRED");
        }
    }

    /** Runs {@code handling} if this nonce was not used before (else 403 {@code WECHAT_NONCE_REUSED}). */
    void once(String timestamp, String nonce, Runnable handling) {
        String key = keyPrefix + timestamp + ":" + nonce;
        // twice the window: the timestamp passes from WINDOW before it to WINDOW after it
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, "1", WINDOW.multipliedBy(2)))) {
            throw ProblemException.forbidden("WECHAT_NONCE_REUSED");
        }
        try {
            handling.run();
        } catch (RuntimeException failed) {
            redis.delete(key);
            throw failed;
        }
    }
}
