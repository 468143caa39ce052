package com.gongxuhui.org.expertlogin;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountLifecycle;
import com.gongxuhui.org.account.AccountMapper;
import com.gongxuhui.org.account.AccountRegistration;
import com.gongxuhui.org.account.NewAccount;
import com.gongxuhui.org.auth.Logins;
import com.gongxuhui.org.auth.TokenPair;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tokens for an expert whom expert-service identified through WeChat (his phone matched an expert record).
 * org-service stays the one token issuer: the expert gets an EXPERT account here on first login, bound to his
 * expert record, with a password nobody knows (he never logs in with one).
 */
@Service
public class ExpertLogins {

    private final AccountMapper accounts;
    private final AccountRegistration registration;
    private final AccountLifecycle lifecycle;
    private final Logins logins;
    private final TransactionTemplate transaction;

    public ExpertLogins(AccountMapper accounts, AccountRegistration registration, AccountLifecycle lifecycle,
            Logins logins, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.registration = registration;
        this.lifecycle = lifecycle;
        this.logins = logins;
        this.transaction = transaction;
    }

    public TokenPair login(ExpertIdentity expert) {
        Account account = accounts.findByPhone(expert.phone()).orElseGet(() -> open(expert));
        boolean sameExpert = account.getRoles().contains(Role.EXPERT)
                && Objects.equals(account.getExpertId(), expert.expertId());
        if (!sameExpert) {
            throw ProblemException.conflict("PHONE_TAKEN", expert.phone());
        }
        return logins.loginVouchedFor(account);
    }

    private Account open(ExpertIdentity expert) {
        return transaction.execute(status -> {
            Account account = registration.register(new NewAccount(expert.phone(), UUID.randomUUID() + "a1",
                    expert.name(), Set.of(Role.EXPERT), expert.institutionId(), null, null),
                    new Actor(null, "expert-service"));
            account.setExpertId(expert.expertId());
            lifecycle.save(account);
            return account;
        });
    }
}
