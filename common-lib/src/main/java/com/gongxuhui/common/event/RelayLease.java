package com.gongxuhui.common.event;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Lets one instance of a service relay its outbox at a time, so that several instances do not send every event
 * several times. Taking, renewing and giving the lease back are each one Lua script, so that no instance can act
 * on a lease that expired and was taken by another between its read and its write (a read-then-expire would
 * prolong the other's lease and leave both relaying). The lease expires by itself if its holder dies; a holder
 * checks it before each batch, so it relays at most one batch after losing it, and a duplicate is ignored by the
 * consumers.
 */
public class RelayLease {

    /** Takes a free lease or prolongs one this holder has; 1 when the caller holds it afterwards. */
    private static final RedisScript<Long> ACQUIRE = RedisScript.of("""
            if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
            if redis.call('get', KEYS[1]) == ARGV[1] then
              redis.call('pexpire', KEYS[1], ARGV[2])
              return 1
            end
            return 0""", Long.class);

    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final String key;
    private final String holder = UUID.randomUUID().toString();
    private final Duration ttl;

    public RelayLease(StringRedisTemplate redis, String name, Duration ttl) {
        this.redis = redis;
        this.key = "outbox:relay:" + name;
        this.ttl = ttl;
    }

    /** Takes the lease, or prolongs it by a whole {@code ttl} if this holder has it; whether it holds it now. */
    public boolean acquire() {
        return Long.valueOf(1).equals(redis.execute(ACQUIRE, List.of(key), holder, Long.toString(ttl.toMillis())));
    }

    /** Gives the lease back if this holder still has it; never removes another holder's lease. */
    public void release() {
        redis.execute(RELEASE, List.of(key), holder);
    }

    public Duration ttl() {
        return ttl;
    }
}
