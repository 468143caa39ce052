package com.gongxuhui.notify.notification;

import java.time.Instant;

public record NotificationView(long id, NotificationKind kind, String title, String body, Instant createdAt,
        boolean read) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getTitle(), n.getBody(), n.getCreatedAt(),
                n.getReadAt() != null);
    }
}
