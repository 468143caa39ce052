package com.gongxuhui.notify.notification;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of messages: {@code notification.<kind>.title} and {@code .body} of the message bundle, in Chinese
 * (the recipients' language, whatever the language of the request that caused them).
 */
@Component
public class NotificationTexts {

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String title(NotificationKind kind, Object... arguments) {
        return text(kind, "title", arguments);
    }

    public String body(NotificationKind kind, Object... arguments) {
        return text(kind, "body", arguments);
    }

    private String text(NotificationKind kind, String part, Object... arguments) {
        // numbers as plain digits: MessageFormat would write demand 12345 as "12,345"
        Object[] plain = Arrays.stream(arguments).map(a -> a instanceof Number ? a.toString() : a).toArray();
        return messages.getMessage("notification." + kind.name().toLowerCase(Locale.ROOT) + "." + part, plain,
                Locale.SIMPLIFIED_CHINESE);
    }
}
