package com.gongxuhui.common.time;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Zhejiang's time. A day, "today", "past" and "future" are the province's whatever zone a server runs in (containers
 * and CI machines run in UTC, eight hours behind: from 16:00 UTC it is already tomorrow in the province).
 */
public final class ProvinceTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ProvinceTime() {
    }

    /** The system clock, read in the province's zone. */
    public static Clock clock() {
        return Clock.system(ZONE);
    }
}
