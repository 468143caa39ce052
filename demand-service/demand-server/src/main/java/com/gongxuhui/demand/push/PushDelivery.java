package com.gongxuhui.demand.push;

/** Whether the WeChat message of a push reached the expert, as notify-service reports it. */
public enum PushDelivery {
    PENDING,
    DELIVERED,
    UNDELIVERED
}
