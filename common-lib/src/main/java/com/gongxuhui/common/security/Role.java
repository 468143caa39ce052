package com.gongxuhui.common.security;

/** The platform's roles (domain.md, Roles). Tokens carry their names in the {@code roles} claim. */
public enum Role {
    SYS_ADMIN,
    INST_ADMIN,
    CENTER_ADMIN,
    STAFF,
    GOV_MANAGER,
    EXPERT,
    ENTERPRISE,
    OPEN_CLIENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
