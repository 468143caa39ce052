package com.gongxuhui.org.govmanager;

import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountStatus;
import java.time.Instant;

public record GovManagerView(long id, String name, String phone, GovLevel level, String regionCode,
        AccountStatus status, Instant createdAt) {

    static GovManagerView of(Account a, GovLevel level) {
        return new GovManagerView(a.getId(), a.getName(), a.getPhone(), level, a.getRegionCode(), a.getStatus(),
                a.getCreatedAt());
    }
}
