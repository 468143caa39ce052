package com.gongxuhui.org.account;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads accounts for the controllers, which keep off the mapper. */
@Service
public class AccountQueries {

    private final AccountMapper accounts;

    AccountQueries(AccountMapper accounts) {
        this.accounts = accounts;
    }

    /** The caller's own account; 401 when there is none behind his token. */
    public Account own(CurrentUser user) {
        return find(user.id()).orElseThrow(() -> ProblemException.unauthorized("UNAUTHENTICATED"));
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(accounts.selectById(id));
    }
}
