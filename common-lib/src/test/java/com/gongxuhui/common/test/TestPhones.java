package com.gongxuhui.common.test;

import java.util.concurrent.ThreadLocalRandom;

/** Mobile numbers for the people a test makes: valid in form (1[3-9] and nine digits), and new in each run. */
public final class TestPhones {

    private TestPhones() {
    }

    public static String phone() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "13" + random.nextInt(5, 10) + String.format("%08d", random.nextInt(100_000_000));
    }
}
