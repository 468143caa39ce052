package com.gongxuhui.notify.directory;

/** An expert as notify-service knows it from expert-events: where to reach him on WeChat, if he follows. */
public record KnownExpert(long expertId, String name, String phone, String openId, boolean following) {

    public boolean reachableOnWeChat() {
        return following && openId != null && !openId.isBlank();
    }
}
