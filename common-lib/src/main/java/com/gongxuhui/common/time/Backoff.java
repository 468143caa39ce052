package com.gongxuhui.common.time;

import java.time.Duration;

/**
 * The wait before the next try of something that failed (an outbox row, a delivery, a DingTalk invitation): the first
 * wait, doubled after each further failure, never longer than the longest.
 */
public final class Backoff {

    private Backoff() {
    }

    /** The wait after the {@code attempts}-th failure in a row. */
    public static Duration doubling(Duration first, int attempts, Duration longest) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
