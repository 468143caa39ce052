package com.gongxuhui.org.govmanager;

import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountStatus;
import com.gongxuhui.org.dingtalk.DingTalkInvitationView;
import java.time.Instant;

/**
 * A bureau manager. {@code dingtalk}, his invitation into the province's DingTalk organisation, is given by the list;
 * the changes' answers and the audit trail leave it out.
 */
public record GovManagerView(long id, String name, String phone, GovLevel level, String regionCode,
        AccountStatus status, Instant createdAt, DingTalkInvitationView dingtalk) {

    static GovManagerView of(Account a, GovLevel level) {
        return of(a, level, null);
    }

    static GovManagerView of(Account a, GovLevel level, DingTalkInvitationView dingtalk) {
        return new GovManagerView(a.getId(), a.getName(), a.getPhone(), level, a.getRegionCode(), a.getStatus(),
                a.getCreatedAt(), dingtalk);
    }
}
