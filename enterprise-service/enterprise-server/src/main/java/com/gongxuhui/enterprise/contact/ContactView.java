package com.gongxuhui.enterprise.contact;

import com.gongxuhui.enterprise.api.ContactSummary;
import java.time.Instant;

public record ContactView(long id, String name, String position, String phone, Instant createdAt) {

    static ContactView of(Contact c) {
        return new ContactView(c.getId(), c.getName(), c.getPosition(), c.getPhone(), c.getCreatedAt());
    }

    public ContactSummary summary() {
        return new ContactSummary(id, name, position, phone);
    }
}
