package com.gongxuhui.common.provider;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The access tokens of outside providers' apps (DingTalk, WeChat), one per provider and app id in Redis, shared by
 * every service and instance that uses the same credentials. Sharing is the point, not tidiness: a WeChat
 * {@code cgi-bin/token} call invalidates the app's previous token (after a short overlap) and every fetch counts
 * against a daily quota, so services keeping their own tokens would fetch again and again and cut off each other's.
 * A token is kept until {@code renewalMargin} before the provider's {@code expires_in}, so that no call goes out
 * with a dying one; while one caller fetches (under a short Redis lock) the others wait for its token. Each
 * instance also keeps the token it read for {@code localLife} (well under the margin, so the provider still honours
 * it), so that a burst of messages does not cost a Redis round trip each.
 */
public class ProviderAccessTokens {

    /** Longer than a provider's token call may take (connect and read timeouts of a few seconds each). */
    private static final Duration FETCH_LOCK = Duration.ofSeconds(10);
    private static final Duration WAIT_STEP = Duration.ofMillis(50);
    /** Deletes a key only while it still holds the given value: another caller's newer token or lock stays. */
    private static final RedisScript<Long> DELETE_IF_HOLDS = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);

    /** The credentials a token belongs to, e.g. {@code ("wechat", appid)} or {@code ("dingtalk", appkey)}. */
    public record ProviderApp(String provider, String appId) {
    }

    /** What the provider granted: the token and how long it said it lives ({@code expires_in}). */
    public record Grant(String token, Duration expiresIn) {
    }

    private record LocalCopy(String token, long until) {
    }

    private final StringRedisTemplate redis;
    private final String keyPrefix;
    private final Duration renewalMargin;
    private final Duration localLife;
    private final Map<String, LocalCopy> localCopies = new ConcurrentHashMap<>();

    /** Without a local copy: every call reads the shared entry. */
    public ProviderAccessTokens(StringRedisTemplate redis, String environment, Duration renewalMargin) {
        this(redis, environment, renewalMargin, Duration.ZERO);
    }

    /**
     * {@code environment} is the deployment's key prefix (per test run in tests, empty in production);
     * {@code localLife} how long this instance reuses a token it read before reading the shared entry again.
     */
    public ProviderAccessTokens(StringRedisTemplate redis, String environment, Duration renewalMargin,
            Duration localLife) {
        if (localLife.compareTo(renewalMargin) >= 0) {
            throw new IllegalArgumentException("A local copy must expire before the provider's token does: "
                    + localLife + " is not less than the renewal margin " + renewalMargin);
        }
        this.redis = redis;
        this.keyPrefix = environment + "provider:access-token:";
        this.renewalMargin = renewalMargin;
        this.localLife = localLife;
    }

    /**
     * {@code call} made with the app's token; if the provider refused that token ({@code tokenRefused}), made once
     * more with a freshly fetched one. The answer returned is refused only if the fresh token was refused too.
     */
    public <T> T withToken(ProviderApp app, Supplier<Grant> fetch, Function<String, T> call, Predicate<T> tokenRefused) {
        String token = current(app, fetch);
        T answer = call.apply(token);
        if (!tokenRefused.test(answer)) {
            return answer;
        }
        discard(app, token);
        return call.apply(current(app, fetch));
    }

    /** The app's cached token, or one fetched now if there is none (or it was close to expiry). */
    public String current(ProviderApp app, Supplier<Grant> fetch) {
        String key = key(app);
        LocalCopy copy = localCopies.get(key);
        if (copy != null && System.nanoTime() - copy.until() < 0) {
            return copy.token();
        }
        String token = shared(key, fetch);
        if (!localLife.isZero() && !localLife.isNegative()) {
            localCopies.put(key, new LocalCopy(token, System.nanoTime() + localLife.toNanos()));
        }
        return token;
    }

    private String shared(String key, Supplier<Grant> fetch) {
        String lock = key + ":fetching";
        String me = UUID.randomUUID().toString();
        long giveUpAt = System.nanoTime() + FETCH_LOCK.toNanos();
        while (true) {
            String cached = redis.opsForValue().get(key);
            if (cached != null) {
                return cached;
            }
            if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(lock, me, FETCH_LOCK))) {
                try {
                    // the previous holder may have stored its token between our read and our lock
                    String storedMeanwhile = redis.opsForValue().get(key);
                    return storedMeanwhile != null ? storedMeanwhile : store(key, fetch.get());
                } finally {
                    deleteIfHolds(lock, me);
                }
            }
            if (System.nanoTime() - giveUpAt > 0) {
                // waited as long as a fetch may take (others' fetches kept failing or hanging): one more fetch
                // is better than leaving this caller without a token
                return store(key, fetch.get());
            }
            pause();
        }
    }

    /** Forgets a token the provider refused; a newer token another caller has stored meanwhile stays. */
    public void discard(ProviderApp app, String refused) {
        localCopies.computeIfPresent(key(app), (key, copy) -> copy.token().equals(refused) ? null : copy);
        deleteIfHolds(key(app), refused);
    }

    String key(ProviderApp app) {
        return keyPrefix + app.provider() + ":" + app.appId();
    }

    private String store(String key, Grant grant) {
        Duration life = grant.expiresIn();
        Duration keep = life.minus(renewalMargin);
        if (keep.compareTo(life.dividedBy(2)) < 0) {
            // a token granted for less than twice the margin: keep it for half its life rather than not at all
            keep = life.dividedBy(2);
        }
        if (!keep.isZero() && !keep.isNegative()) {
            redis.opsForValue().set(key, grant.token(), keep);
        }
        return grant.token();
    }

    private void deleteIfHolds(String key, String value) {
        redis.execute(DELETE_IF_HOLDS, List.of(key), value);
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_STEP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while another caller fetched a provider's access token", e);
        }
    }
}
