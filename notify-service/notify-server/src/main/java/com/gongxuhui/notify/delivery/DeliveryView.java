package com.gongxuhui.notify.delivery;

import com.gongxuhui.notify.notification.NotificationKind;
import java.time.Instant;

/** A delivery as the system administrator sees it: what, to whom, how it went and what the provider said. */
public record DeliveryView(long id, String causeKey, RecipientKind recipientKind, long recipientId, ChannelType channel,
        NotificationKind kind, String title, DeliveryStatus status, int attempts, String providerAnswer,
        Instant createdAt, Instant finishedAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.getId(), d.getCauseKey(), d.getRecipientKind(), d.getRecipientId(), d.getChannel(),
                d.getKind(), d.getTitle(), d.getStatus(), d.getAttempts(), d.getProviderAnswer(), d.getCreatedAt(),
                d.getFinishedAt());
    }
}
