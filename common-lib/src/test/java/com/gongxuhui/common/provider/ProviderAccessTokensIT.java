package com.gongxuhui.common.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.gongxuhui.common.provider.ProviderAccessTokens.Grant;
import com.gongxuhui.common.provider.ProviderAccessTokens.ProviderApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Against the real Redis on 127.0.0.1:6379; every test uses an app id of its own. */
class ProviderAccessTokensIT {

    private static final String ENVIRONMENT = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";

    private static LettuceConnectionFactory firstInstance;
    private static LettuceConnectionFactory secondInstance;
    private static StringRedisTemplate redis;

    private final AtomicInteger fetches = new AtomicInteger();
    private final ProviderApp app = new ProviderApp("wechat", "wx-" + UUID.randomUUID());

    @BeforeAll
    static void connect() {
        firstInstance = connected();
        secondInstance = connected();
        redis = new StringRedisTemplate(firstInstance);
    }

    @AfterAll
    static void disconnect() {
        firstInstance.destroy();
        secondInstance.destroy();
    }

    @Test
    void aTokenIsCachedUntilTheMarginBeforeItsExpiryAndFetchedAgainAfter() {
        ProviderAccessTokens tokens = new ProviderAccessTokens(redis, ENVIRONMENT, Duration.ofSeconds(1));
        Supplier<Grant> fetch = numbered(Duration.ofSeconds(3));

        assertThat(tokens.current(app, fetch)).isEqualTo("token-1");
        assertThat(tokens.current(app, fetch)).isEqualTo("token-1");
        assertThat(fetches).hasValue(1);
        assertThat(redis.getExpire(tokens.key(app), TimeUnit.MILLISECONDS))
                .as("kept for expires_in minus the margin").isBetween(1_000L, 2_000L);

        await().atMost(Duration.ofSeconds(10)).until(() -> !Boolean.TRUE.equals(redis.hasKey(tokens.key(app))));
        assertThat(tokens.current(app, fetch)).isEqualTo("token-2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aTwoHourTokenIsKeptFiveMinutesLessThanItLives() {
        ProviderAccessTokens tokens = new ProviderAccessTokens(redis, ENVIRONMENT, Duration.ofMinutes(5));

        tokens.current(app, numbered(Duration.ofSeconds(7200)));

        assertThat(redis.getExpire(tokens.key(app))).isBetween(6890L, 6900L);
        assertThat(tokens.key(app)).isEqualTo(ENVIRONMENT + "provider:access-token:wechat:" + app.appId());
    }

    @Test
    void discardingDropsOnlyTheStaleToken() {
        ProviderAccessTokens tokens = new ProviderAccessTokens(redis, ENVIRONMENT, Duration.ofMinutes(5));
        Supplier<Grant> fetch = numbered(Duration.ofSeconds(7200));
        tokens.current(app, fetch);

        tokens.discard(app, "token-0");
        assertThat(tokens.current(app, fetch)).as("a newer token than the refused one stays").isEqualTo("token-1");

        tokens.discard(app, "token-1");
        assertThat(tokens.current(app, fetch)).isEqualTo("token-2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aRefusedTokenIsReplacedAndTheCallMadeOnceMore() {
        ProviderAccessTokens tokens = new ProviderAccessTokens(redis, ENVIRONMENT, Duration.ofMinutes(5));
        Supplier<Grant> fetch = numbered(Duration.ofSeconds(7200));
        List<String> calls = new ArrayList<>();

        String answer = tokens.withToken(app, fetch, token -> {
            calls.add(token);
            return token.equals("token-1") ? "refused" : "ok";
        }, "refused"::equals);

        assertThat(answer).isEqualTo("ok");
        assertThat(calls).containsExactly("token-1", "token-2");
        String refusedTwice = tokens.withToken(app, fetch, token -> "refused", "refused"::equals);
        assertThat(refusedTwice).as("a fresh token refused as well is the caller's to judge, not retried again").isEqualTo("refused");
        assertThat(fetches).hasValue(3);
    }

    @Test
    void anInstanceReusesTheTokenItReadForItsLocalLifeButNotARefusedOne() {
        ProviderAccessTokens tokens = new ProviderAccessTokens(redis, ENVIRONMENT, Duration.ofMinutes(5),
                Duration.ofMillis(600));
        assertThat(tokens.current(app, numbered(Duration.ofSeconds(7200)))).isEqualTo("token-1");
        redis.opsForValue().set(tokens.key(app), "token-from-another-instance");
        assertThat(tokens.current(app, numbered(Duration.ofSeconds(7200)))).as("the local copy, no Redis read")
                .isEqualTo("token-1");
        sleep(Duration.ofMillis(700));
        assertThat(tokens.current(app, numbered(Duration.ofSeconds(7200)))).as("the shared entry once the copy is old")
                .isEqualTo("token-from-another-instance");

        tokens.discard(app, "token-from-another-instance");
        assertThat(tokens.current(app, numbered(Duration.ofSeconds(7200)))).as("a refused token is not reused locally")
                .isEqualTo("token-2");
        assertThat(fetches).hasValue(2);
        assertThatThrownBy(() -> new ProviderAccessTokens(redis, ENVIRONMENT, Duration.ofMinutes(5), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoInstancesAskingAtOnceShareOneFetch() throws Exception {
        ProviderAccessTokens first = new ProviderAccessTokens(redis, ENVIRONMENT, Duration.ofMinutes(5));
        ProviderAccessTokens second = new ProviderAccessTokens(new StringRedisTemplate(secondInstance), ENVIRONMENT,
                Duration.ofMinutes(5));
        Supplier<Grant> slowFetch = () -> {
            sleep(Duration.ofMillis(500));
            return numbered(Duration.ofSeconds(7200)).get();
        };
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = IntStream.range(0, 8).mapToObj(i -> callers.submit(() -> {
                start.await();
                return (i % 2 == 0 ? first : second).current(app, slowFetch);
            })).toList();
            start.countDown();

            for (Future<String> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo("token-1");
            }
            assertThat(fetches).as("one fetch for all callers of both instances").hasValue(1);
        } finally {
            callers.shutdownNow();
        }
    }

    private Supplier<Grant> numbered(Duration expiresIn) {
        return () -> new Grant("token-" + fetches.incrementAndGet(), expiresIn);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static LettuceConnectionFactory connected() {
        LettuceConnectionFactory connections = new LettuceConnectionFactory("127.0.0.1", 6379);
        connections.afterPropertiesSet();
        connections.start();
        return connections;
    }
}
