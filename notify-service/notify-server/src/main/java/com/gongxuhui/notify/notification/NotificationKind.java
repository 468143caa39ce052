package com.gongxuhui.notify.notification;

public enum NotificationKind {
    WELCOME
}
