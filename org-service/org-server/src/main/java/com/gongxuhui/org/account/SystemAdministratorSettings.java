package com.gongxuhui.org.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The system administrator {@link SystemAdministratorSeed} makes sure of ({@code gxh.auth.system-admin.*}, where
 * deployments set it); its password comes from {@code GXH_SYSADMIN_PASSWORD}.
 */
@ConfigurationProperties("gxh.auth.system-admin")
public record SystemAdministratorSettings(String phone, String name, String password) {
}
