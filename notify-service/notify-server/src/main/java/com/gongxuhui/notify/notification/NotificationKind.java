package com.gongxuhui.notify.notification;

/** What a message is about: the inbox shows it, and each channel picks its template by it. */
public enum NotificationKind {
    WELCOME,
    DINGTALK_INVITATION,
    FOLLOW_INVITATION,
    DEMAND_SUBMITTED,
    DEMAND_APPROVED,
    DEMAND_REJECTED,
    DEMAND_REASSIGNED,
    DEMAND_PUBLISHED,
    DEMAND_ACCEPTED,
    DEMAND_COMPLETED,
    DEMAND_DOCKED,
    DOCKING_CANCELLED,
    DEMAND_PUSHED,
    DAILY_DIGEST
}
