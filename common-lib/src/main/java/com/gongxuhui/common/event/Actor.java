package com.gongxuhui.common.event;

/** Who caused an event: an account, or the platform itself ({@code accountId} empty). */
public record Actor(Long accountId, String name) {

    public static Actor system() {
        return new Actor(null, "system");
    }
}
