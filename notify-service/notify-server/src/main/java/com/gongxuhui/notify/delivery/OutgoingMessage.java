package com.gongxuhui.notify.delivery;

import com.gongxuhui.notify.notification.NotificationKind;

/**
 * A message to be delivered: why ({@code causeKey}: the event id, or {@code digest:<date>}), to whom, on which
 * channel and where ({@code address}), what, and for which demand and push (when it is about one).
 */
public record OutgoingMessage(String causeKey, RecipientKind recipientKind, long recipientId, ChannelType channel,
        NotificationKind kind, String address, String title, String body, Long demandId, Long pushId) {
}
