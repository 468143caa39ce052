package com.gongxuhui.org.auth;

import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords in Redis, by phone <em>and</em> client address together and by client address alone, so
 * that guessing is stopped without letting anyone lock an account for everybody: the fifth wrong password in a
 * row locks the account for the address that typed it only (others still log in, the system administrator too),
 * and an address with too many wrong passwords over all phones is refused for a while (429).
 */
@Component
class LoginThrottle {

    private final StringRedisTemplate redis;
    private final AuthProperties properties;
    private final String prefix;

    /** {@code environment}: the events' topic prefix, so that test runs sharing one Redis do not count together. */
    LoginThrottle(StringRedisTemplate redis, AuthProperties properties,
            @Value("${gxh.events.topic-prefix:}") String environment) {
        this.redis = redis;
        this.properties = properties;
        this.prefix = "gxh:" + environment + "login:";
    }

    /** How long the account stays locked for this address, if it is. */
    Optional<Duration> lockedFor(String phone, String address) {
        Long seconds = redis.getExpire(lockKey(phone, address));
        return seconds == null || seconds <= 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    }

    boolean addressThrottled(String address) {
        String failures = redis.opsForValue().get(addressKey(address));
        return failures != null && Long.parseLong(failures) >= properties.maxFailedLoginsPerAddress();
    }

    /** Counts a wrong password; true when it locked the account for this address. */
    boolean failed(String phone, String address) {
        count(addressKey(address));
        long inARow = count(pairKey(phone, address));
        if (inARow < properties.maxFailedLogins()) {
            return false;
        }
        redis.opsForValue().set(lockKey(phone, address), "1", properties.lockDuration());
        redis.delete(pairKey(phone, address));
        return true;
    }

    void succeeded(String phone, String address) {
        redis.delete(pairKey(phone, address));
    }

    /** Counts within a window of one lock duration from the first failure. */
    private long count(String key) {
        Long count = redis.opsForValue().increment(key);
        if (count != null && count == 1) {
            redis.expire(key, properties.lockDuration());
        }
        return count == null ? 0 : count;
    }

    private String pairKey(String phone, String address) {
        return prefix + "failures:" + phone + "|" + address;
    }

    private String lockKey(String phone, String address) {
        return prefix + "locked:" + phone + "|" + address;
    }

    private String addressKey(String address) {
        return prefix + "address-failures:" + address;
    }
}
