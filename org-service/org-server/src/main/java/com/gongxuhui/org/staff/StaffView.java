package com.gongxuhui.org.staff;

import com.gongxuhui.common.security.Role;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountStatus;
import com.gongxuhui.org.dingtalk.DingTalkInvitationView;
import java.time.Instant;
import java.util.Set;

/**
 * A broker or centre administrator. {@code dingtalk}, his invitation into the province's DingTalk organisation, is
 * given by the reads (the list and one member); the changes' answers and the audit trail leave it out.
 */
public record StaffView(long id, String name, String phone, String position, long institutionId, long centreId,
        String regionCode, Set<Role> roles, boolean centreAdmin, AccountStatus status, Instant createdAt,
        DingTalkInvitationView dingtalk) {

    public static StaffView of(Account a) {
        return of(a, null);
    }

    static StaffView of(Account a, DingTalkInvitationView dingtalk) {
        return new StaffView(a.getId(), a.getName(), a.getPhone(), a.getPosition(), a.getInstitutionId(),
                a.getCentreId(), a.getRegionCode(), a.getRoles(), a.getRoles().contains(Role.CENTER_ADMIN),
                a.getStatus(), a.getCreatedAt(), dingtalk);
    }
}
