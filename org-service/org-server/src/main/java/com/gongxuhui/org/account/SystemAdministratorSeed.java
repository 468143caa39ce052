package com.gongxuhui.org.account;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.ProblemException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the platform has its system administrator, whose password comes from configuration
 * ({@code GXH_SYSADMIN_PASSWORD}); without one nothing is seeded, so no default password reaches production.
 */
@Component
@Order(0)
class SystemAdministratorSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SystemAdministratorSeed.class);

    private final AccountMapper accounts;
    private final AccountRegistration registration;
    private final SystemAdministratorSettings admin;

    SystemAdministratorSeed(AccountMapper accounts, AccountRegistration registration,
            SystemAdministratorSettings admin) {
        this.accounts = accounts;
        this.registration = registration;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.existsByPhone(admin.phone())) {
            return;
        }
        if (admin.password() == null || admin.password().isBlank()) {
            log.warn("No system administrator exists and GXH_SYSADMIN_PASSWORD is not set: none was created");
            return;
        }
        try {
            registration.register(new NewAccount(admin.phone(), admin.password(), admin.name(), Set.of(Role.SYS_ADMIN),
                    null, null, null), Actor.system());
            log.info("System administrator {} created", admin.phone());
        } catch (ProblemException anotherInstanceWasFaster) {
            log.info("System administrator {} was created by another instance", admin.phone());
        }
    }
}
