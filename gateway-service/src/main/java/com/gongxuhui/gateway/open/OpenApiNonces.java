package com.gongxuhui.gateway.open;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Remembers the nonces of accepted open-API requests in Redis, shared by every gateway instance, so that a
 * captured request cannot be sent again. A nonce is kept for twice the timestamp window: a request is valid
 * from {@code window} before its timestamp to {@code window} after it, and its nonce must outlive that.
 */
@Component
class OpenApiNonces {

    static final String KEY_PREFIX = "open-api:nonce:";

    private final ReactiveStringRedisTemplate redis;

    OpenApiNonces(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    /** True the first time an app key uses the nonce (SET NX with expiry), false on every later use. */
    Mono<Boolean> firstUse(String appKey, String nonce) {
        return redis.opsForValue()
                .setIfAbsent(KEY_PREFIX + appKey + ":" + nonce, "1", OpenApiSignatureFilter.WINDOW.multipliedBy(2))
                .defaultIfEmpty(false);
    }
}
