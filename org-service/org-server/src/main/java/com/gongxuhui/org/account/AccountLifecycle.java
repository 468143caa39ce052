package com.gongxuhui.org.account;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.api.AccountDisabled;
import java.time.Clock;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * What happens to an existing account: disabling (it can no longer log in and every token it holds is refused
 * at once), enabling, a new password (old logins end), and a move of its organisational place (its tokens
 * carry the old one, so they end too).
 */
@Service
public class AccountLifecycle {

    private final AccountMapper accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountLogins logins;
    private final OutboxPublisher events;
    private final Clock clock;

    public AccountLifecycle(AccountMapper accounts, PasswordEncoder passwordEncoder, AccountLogins logins,
            OutboxPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.logins = logins;
        this.events = events;
        this.clock = clock;
    }

    /** Call inside the transaction of the change; returns whether anything changed. */
    public boolean disable(Account account, Actor actor) {
        if (account.getStatus() == AccountStatus.DISABLED) {
            return false;
        }
        account.setStatus(AccountStatus.DISABLED);
        save(account);
        endLogins(account);
        events.publish(new AccountDisabled(UUID.randomUUID(), clock.instant(), actor, account.getId().toString(),
                account.coordinates(), account.getId()));
        return true;
    }

    public boolean enable(Account account) {
        if (account.getStatus() == AccountStatus.ENABLED) {
            return false;
        }
        account.setStatus(AccountStatus.ENABLED);
        account.setFailedLogins(0);
        account.setLockedUntil(null);
        save(account);
        return true;
    }

    public void changePassword(Account account, String rawPassword) {
        account.setPasswordHash(passwordEncoder.encode(rawPassword));
        account.setFailedLogins(0);
        account.setLockedUntil(null);
        save(account);
        endLogins(account);
    }

    public void endLogins(Account account) {
        logins.revokeAllOf(account.getId());
    }

    public void save(Account account) {
        account.setUpdatedAt(clock.instant());
        if (accounts.updateById(account) == 0) {
            throw ProblemException.conflict("CONCURRENT_UPDATE");
        }
    }
}
