package com.gongxuhui.org.dingtalk;

import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The app's DingTalk access token, shared by all org-service instances through Redis. DingTalk asks for the
 * token to be cached and not fetched per call (gettoken is rate limited), and for the cache to be kept per app,
 * hence the app key in the Redis key. A token is kept until shortly before its {@code expires_in}.
 */
@Component
class DingTalkAccessTokens {

    private static final String KEY_PREFIX = "dingtalk:access-token:";

    private final DingTalkApi api;
    private final StringRedisTemplate redis;
    private final DingTalkProperties properties;

    DingTalkAccessTokens(DingTalkApi api, StringRedisTemplate redis, DingTalkProperties properties) {
        this.api = api;
        this.redis = redis;
        this.properties = properties;
    }

    String current() {
        String cached = redis.opsForValue().get(key());
        if (cached != null) {
            return cached;
        }
        TokenAnswer answer = api.getToken();
        if (!answer.succeeded()) {
            throw DingTalkUnavailable.because("gettoken refused the app's credentials: errcode=" + answer.errcode()
                    + " errmsg=" + answer.errmsg());
        }
        Duration keep = Duration.ofSeconds(answer.expiresIn()).minus(properties.tokenRenewalMargin());
        if (keep.compareTo(Duration.ZERO) > 0) {
            redis.opsForValue().set(key(), answer.accessToken(), keep);
        }
        return answer.accessToken();
    }

    /**
     * Forgets a token DingTalk refused. Only that token: if another request has already stored a fresh one, it
     * stays. (Check and delete are two steps; losing that race costs one extra gettoken, nothing more.)
     */
    void discard(String refused) {
        if (refused.equals(redis.opsForValue().get(key()))) {
            redis.delete(key());
        }
    }

    private String key() {
        return KEY_PREFIX + properties.appKey();
    }
}
