package com.gongxuhui.expert.wechat;

import com.gongxuhui.expert.wechat.WeChatAnswers.AccessToken;
import com.gongxuhui.expert.wechat.WeChatProperties.App;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The access tokens of the platform's WeChat apps, shared by all expert-service instances through Redis.
 * WeChat asks for a token to be kept centrally and reused (each new one invalidates the previous after a short
 * grace, and {@code cgi-bin/token} has a daily quota), hence one cache per app id, kept until shortly before its
 * {@code expires_in}. When WeChat says the cached token is dead (40001, 42001) a new one is fetched and the call
 * repeated once; a fresh token refused as well is WeChat misbehaving, not a stale cache.
 */
@Component
public class WeChatAccessTokens {

    private static final String KEY_PREFIX = "wechat:access-token:";

    private final WeChatApi api;
    private final StringRedisTemplate redis;
    private final WeChatProperties properties;

    WeChatAccessTokens(WeChatApi api, StringRedisTemplate redis, WeChatProperties properties) {
        this.api = api;
        this.redis = redis;
        this.properties = properties;
    }

    /** {@code call} made with the app's access token, once more with a fresh token if WeChat refused the cached one. */
    public <T extends WeChatAnswer> T withAccessToken(App app, Function<String, T> call) {
        String token = current(app);
        T answer = call.apply(token);
        if (!answer.accessTokenRejected()) {
            return answer;
        }
        discard(app, token);
        T retried = call.apply(current(app));
        if (retried.accessTokenRejected()) {
            throw WeChatProblems.unavailable("WeChat refused a freshly fetched access token: " + retried.describe());
        }
        return retried;
    }

    private String current(App app) {
        if (!app.configured()) {
            throw WeChatProblems.unavailable("the app id / secret of a WeChat app are not configured (gxh.wechat.*)");
        }
        String cached = redis.opsForValue().get(key(app));
        if (cached != null) {
            return cached;
        }
        AccessToken answer = api.accessToken(app);
        if (!answer.succeeded()) {
            throw WeChatProblems.unavailable("cgi-bin/token refused the app's credentials: " + answer.describe());
        }
        Duration keep = Duration.ofSeconds(answer.expiresIn()).minus(properties.tokenRenewalMargin());
        if (keep.compareTo(Duration.ZERO) > 0) {
            redis.opsForValue().set(key(app), answer.accessToken(), keep);
        }
        return answer.accessToken();
    }

    /**
     * Forgets a token WeChat refused. Only that token: if another request has already stored a fresh one, it
     * stays. (Check and delete are two steps; losing that race costs one extra token fetch, nothing more.)
     */
    private void discard(App app, String refused) {
        if (refused.equals(redis.opsForValue().get(key(app)))) {
            redis.delete(key(app));
        }
    }

    static String key(App app) {
        return KEY_PREFIX + app.appId();
    }
}
