package com.gongxuhui.org.account;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /** These accounts, by id, in one query; ids without an account are left out. */
    public Map<Long, Account> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : accounts.selectByIds(ids).stream().collect(Collectors.toMap(Account::getId, Function.identity()));
    }
}
