/**
 * The contract of notify-service: the events it publishes to {@code notify-events} (what became of a delivery
 * others care about, e.g. {@link com.gongxuhui.notify.api.PushDeliveryReported}). Records only.
 */
package com.gongxuhui.notify.api;
