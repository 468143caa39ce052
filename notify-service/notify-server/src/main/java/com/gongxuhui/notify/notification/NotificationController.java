package com.gongxuhui.notify.notification;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "notifications", description = "The caller's in-app inbox")
class NotificationController {

    private final Inbox inbox;
    private final CurrentUserAccessor currentUser;

    NotificationController(Inbox inbox, CurrentUserAccessor currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first")
    PageView<NotificationView> list(@RequestParam(defaultValue = "false") boolean unread, @Valid PageQuery page) {
        return inbox.list(currentUser.current().id(), unread, page);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread (the badge)")
    UnreadCount unreadCount() {
        return new UnreadCount(inbox.unreadCount(currentUser.current().id()));
    }

    record UnreadCount(long unread) {
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    ResponseEntity<Void> markRead(@PathVariable long id) {
        inbox.markRead(currentUser.current().id(), id);
        return ResponseEntity.noContent().build();
    }
}
