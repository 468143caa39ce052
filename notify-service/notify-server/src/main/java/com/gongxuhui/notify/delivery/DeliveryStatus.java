package com.gongxuhui.notify.delivery;

/**
 * PENDING: waiting for its (next) attempt; SENT: the provider accepted it; FAILED: the provider refused it, or
 * failed at every attempt up to the cap; NOT_SENT: never tried, for a reason in the provider answer (the channel
 * has no credentials, the expert does not follow the official account).
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED,
    NOT_SENT
}
