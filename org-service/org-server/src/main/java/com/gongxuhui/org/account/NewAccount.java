package com.gongxuhui.org.account;

import com.gongxuhui.common.security.Role;
import java.util.Set;

/** What it takes to open an account; the password is still in clear here and is hashed on registration. */
public record NewAccount(String phone, String rawPassword, String name, Set<Role> roles, Long institutionId,
        Long centreId, String regionCode) {
}
