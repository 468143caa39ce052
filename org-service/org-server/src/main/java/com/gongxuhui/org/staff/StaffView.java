package com.gongxuhui.org.staff;

import com.gongxuhui.common.security.Role;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountStatus;
import java.time.Instant;
import java.util.Set;

public record StaffView(long id, String name, String phone, String position, long institutionId, long centreId,
        String regionCode, Set<Role> roles, boolean centreAdmin, AccountStatus status, Instant createdAt) {

    public static StaffView of(Account a) {
        return new StaffView(a.getId(), a.getName(), a.getPhone(), a.getPosition(), a.getInstitutionId(),
                a.getCentreId(), a.getRegionCode(), a.getRoles(), a.getRoles().contains(Role.CENTER_ADMIN),
                a.getStatus(), a.getCreatedAt());
    }
}
