package com.gongxuhui.common.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Two relays (each with its own connection to the real Redis) contending for one lease much shorter than they
 * sometimes hold it: the time each believes it holds the lease never overlaps the other's.
 */
class RelayLeaseIT {

    private static final Duration TTL = Duration.ofMillis(60);

    private static LettuceConnectionFactory first;
    private static LettuceConnectionFactory second;

    /** When a relay believed it held the lease: from the moment acquire returned until it released or it ran out. */
    private record Held(String holder, long from, long until) {
    }

    @BeforeAll
    static void connect() {
        first = connected();
        second = connected();
    }

    @AfterAll
    static void disconnect() {
        first.destroy();
        second.destroy();
    }

    @Test
    void twoRelaysNeverHoldTheLeaseAtOnce() throws Exception {
        String name = "lease-it-" + UUID.randomUUID();
        List<Held> held = new CopyOnWriteArrayList<>();
        Thread a = new Thread(() -> contend("a", new RelayLease(new StringRedisTemplate(first), name, TTL), held));
        Thread b = new Thread(() -> contend("b", new RelayLease(new StringRedisTemplate(second), name, TTL), held));
        a.start();
        b.start();
        a.join();
        b.join();

        assertThat(held).extracting(Held::holder).contains("a", "b");
        List<Held> byA = held.stream().filter(h -> h.holder().equals("a")).toList();
        List<Held> byB = held.stream().filter(h -> h.holder().equals("b")).toList();
        List<String> overlaps = new ArrayList<>();
        for (Held x : byA) {
            for (Held y : byB) {
                if (x.from() < y.until() && y.from() < x.until()) {
                    overlaps.add(x + " / " + y);
                }
            }
        }
        assertThat(overlaps).isEmpty();
    }

    /**
     * For three seconds: take the lease, hold it for 0–100 ms (often past its time to live), renewing it half-way as
     * the relay does before each batch, then give it back. A holder believes in the lease from the moment acquire
     * returned until {@code ttl} after the start of its last successful acquire or renew, or until it released it.
     */
    private static void contend(String holder, RelayLease lease, List<Held> held) {
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < end) {
            long asked = System.nanoTime();
            if (!lease.acquire()) {
                pause(ThreadLocalRandom.current().nextInt(3));
                continue;
            }
            long from = System.nanoTime();
            long validUntil = asked + TTL.toNanos();
            int hold = ThreadLocalRandom.current().nextInt(100);
            pause(hold / 2);
            long renewAsked = System.nanoTime();
            if (renewAsked < validUntil && lease.acquire()) {
                validUntil = renewAsked + TTL.toNanos();
            }
            pause(hold - hold / 2);
            long releasing = System.nanoTime();
            lease.release();
            held.add(new Held(holder, from, Math.min(validUntil, releasing)));
            // as a relay waits for its next poll: the other gets its turns too
            pause(ThreadLocalRandom.current().nextInt(1, 10));
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static LettuceConnectionFactory connected() {
        LettuceConnectionFactory connections = new LettuceConnectionFactory("127.0.0.1", 6379);
        connections.afterPropertiesSet();
        connections.start();
        return connections;
    }
}
