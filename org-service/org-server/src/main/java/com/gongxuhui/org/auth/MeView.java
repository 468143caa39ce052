package com.gongxuhui.org.auth;

import com.gongxuhui.common.security.Role;
import com.gongxuhui.org.account.Account;
import java.util.Set;

/** The caller's own account, as {@code GET /api/auth/me} shows it. */
public record MeView(long id, String name, String phone, Set<Role> roles, Long institutionId, Long centreId,
        String regionCode) {

    static MeView of(Account a) {
        return new MeView(a.getId(), a.getName(), a.getPhone(), a.getRoles(), a.getInstitutionId(), a.getCentreId(),
                a.getRegionCode());
    }
}
