package com.gongxuhui.org.account;

public enum AccountStatus {
    ENABLED,
    DISABLED
}
