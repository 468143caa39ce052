package com.gongxuhui.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration LONGEST = Duration.ofMinutes(5);

    @Test
    void theFirstWaitDoublesAfterEachFurtherFailureUpToTheLongest() {
        assertThat(Backoff.doubling(FIRST, 0, LONGEST)).isEqualTo(FIRST);
        assertThat(Backoff.doubling(FIRST, 1, LONGEST)).isEqualTo(FIRST);
        assertThat(Backoff.doubling(FIRST, 2, LONGEST)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.doubling(FIRST, 4, LONGEST)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Backoff.doubling(FIRST, 5, LONGEST)).isEqualTo(LONGEST);
        assertThat(Backoff.doubling(FIRST, Integer.MAX_VALUE, LONGEST)).isEqualTo(LONGEST);
    }
}
