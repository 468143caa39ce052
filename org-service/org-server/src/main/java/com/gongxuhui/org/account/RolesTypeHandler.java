package com.gongxuhui.org.account;

import com.gongxuhui.common.persistence.EnumSetColumn;
import com.gongxuhui.common.security.Role;

/** An account's roles in one column ({@code CENTER_ADMIN,STAFF}). */
public class RolesTypeHandler extends EnumSetColumn<Role> {

    public RolesTypeHandler() {
        super(Role.class);
    }
}
