package com.gongxuhui.notify.notification;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.gongxuhui.common.security.ForeignObjects;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** A person's in-app notifications: only ever his own. */
@Service
public class Inbox {

    private final NotificationMapper notifications;
    private final Clock clock;
    private final ForeignObjects foreignObjects;

    public Inbox(NotificationMapper notifications, Clock clock, ForeignObjects foreignObjects) {
        this.notifications = notifications;
        this.clock = clock;
        this.foreignObjects = foreignObjects;
    }

    public void deliver(long accountId, NotificationKind kind, String title, String body, String sourceEventId) {
        Notification notification = new Notification();
        notification.setAccountId(accountId);
        notification.setKind(kind);
        notification.setTitle(title);
        notification.setBody(body);
        notification.setSourceEventId(sourceEventId);
        notification.setCreatedAt(clock.instant());
        notifications.insert(notification);
    }

    public PageView<NotificationView> list(long accountId, boolean unreadOnly, PageQuery page) {
        var query = Wrappers.<Notification>lambdaQuery()
                .eq(Notification::getAccountId, accountId)
                .isNull(unreadOnly, Notification::getReadAt)
                .orderByDesc(Notification::getId);
        return PageView.of(notifications.selectPage(page.toPage(), query), NotificationView::of);
    }

    public long unreadCount(long accountId) {
        return notifications.selectCount(Wrappers.<Notification>lambdaQuery()
                .eq(Notification::getAccountId, accountId).isNull(Notification::getReadAt));
    }

    public void markRead(long accountId, long notificationId) {
        Notification notification = foreignObjects.requireInScope(accountId, notifications.selectById(notificationId),
                found -> found.getAccountId() == accountId, "notification", notificationId, "NOTIFICATION_NOT_FOUND");
        if (notification.getReadAt() == null) {
            notification.setReadAt(clock.instant());
            notifications.updateById(notification);
        }
    }
}
