package com.gongxuhui.common.event;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Lets one instance of a service relay its outbox at a time, so that several instances do not send every
 * event several times. The lease expires by itself if its holder dies; losing it briefly only means a
 * possible duplicate, which consumers ignore.
 */
public class RelayLease {

    private final StringRedisTemplate redis;
    private final String key;
    private final String holder = UUID.randomUUID().toString();
    private final Duration ttl;

    public RelayLease(StringRedisTemplate redis, String name, Duration ttl) {
        this.redis = redis;
        this.key = "outbox:relay:" + name;
        this.ttl = ttl;
    }

    public boolean acquire() {
        if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, holder, ttl))) {
            return true;
        }
        if (Objects.equals(redis.opsForValue().get(key), holder)) {
            redis.expire(key, ttl);
            return true;
        }
        return false;
    }

    public void release() {
        if (Objects.equals(redis.opsForValue().get(key), holder)) {
            redis.delete(key);
        }
    }
}
