package com.gongxuhui.notify.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A provider's access token, kept until shortly before it expires (DingTalk's and WeChat's live 7200 s and each
 * fetch counts against a daily quota, so fetching one per message would soon be refused). A token the provider
 * calls invalid is dropped, so that the next call fetches a fresh one.
 */
final class AccessTokenCache {

    /** Fetched again this long before the provider's expiry, so that no call goes out with a dying token. */
    private static final Duration MARGIN = Duration.ofMinutes(5);

    record Grant(String token, long expiresInSeconds) {
    }

    private final Clock clock;
    private String token;
    private Instant refreshAt = Instant.MIN;

    AccessTokenCache(Clock clock) {
        this.clock = clock;
    }

    synchronized String get(Supplier<Grant> fetch) {
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            Grant grant = fetch.get();
            token = grant.token();
            Duration life = Duration.ofSeconds(grant.expiresInSeconds());
            refreshAt = clock.instant().plus(life.compareTo(MARGIN.multipliedBy(2)) > 0 ? life.minus(MARGIN) : life.dividedBy(2));
        }
        return token;
    }

    /** Forgets {@code stale} (unless another thread has already replaced it). */
    synchronized void invalidate(String stale) {
        if (stale.equals(token)) {
            token = null;
        }
    }
}
