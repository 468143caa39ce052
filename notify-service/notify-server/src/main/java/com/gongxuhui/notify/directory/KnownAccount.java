package com.gongxuhui.notify.directory;

/** An account as notify-service knows it from org-events. */
public record KnownAccount(long accountId, String name, String phone, Long institutionId) {
}
