package com.gongxuhui.org.account;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.api.AccountCreated;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts: one phone, one account; the password is kept only as a bcrypt hash; emits AccountCreated and takes
 * the {@link AccountOpeningStep}s in the same transaction.
 */
@Service
public class AccountRegistration {

    private final AccountMapper accounts;
    private final PasswordEncoder passwordEncoder;
    private final OutboxPublisher events;
    private final Clock clock;
    private final List<AccountOpeningStep> openingSteps;

    public AccountRegistration(AccountMapper accounts, PasswordEncoder passwordEncoder, OutboxPublisher events,
            Clock clock, List<AccountOpeningStep> openingSteps) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.openingSteps = openingSteps;
    }

    @Transactional
    public Account register(NewAccount request, Actor actor) {
        if (accounts.existsByPhone(request.phone())) {
            throw ProblemException.conflict("PHONE_TAKEN", request.phone());
        }
        Instant now = clock.instant();
        Account account = new Account();
        account.setPhone(request.phone());
        account.setPasswordHash(passwordEncoder.encode(request.rawPassword()));
        account.setName(request.name());
        account.setRoles(EnumSet.copyOf(request.roles()));
        account.setInstitutionId(request.institutionId());
        account.setCentreId(request.centreId());
        account.setRegionCode(request.regionCode());
        account.setStatus(AccountStatus.ENABLED);
        account.setCreatedAt(now);
        account.setUpdatedAt(now);
        try {
            accounts.insert(account);
        } catch (DuplicateKeyException concurrentRegistration) {
            throw ProblemException.conflict("PHONE_TAKEN", request.phone());
        }
        events.publish(new AccountCreated(UUID.randomUUID(), now, actor, account.getId().toString(),
                account.coordinates(), account.getId(), account.getName(), account.getPhone(), account.getRoles()));
        openingSteps.forEach(step -> step.accountOpened(account));
        return account;
    }
}
