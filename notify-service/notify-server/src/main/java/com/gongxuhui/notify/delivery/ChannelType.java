package com.gongxuhui.notify.delivery;

/** The outside channels a message goes through (the in-app inbox needs no delivery: it is written at once). */
public enum ChannelType {
    DINGTALK,
    WECHAT,
    SMS
}
