package com.gongxuhui.org.dingtalk;

import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountMapper;
import com.gongxuhui.org.auth.Logins;
import com.gongxuhui.org.auth.TokenPair;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * One-tap login inside DingTalk: DingTalk vouches for the person behind an auth code, the account with their
 * mobile number logs in (locked and disabled accounts are refused as at a password login) and is bound to
 * their DingTalk userid.
 */
@Service
class DingTalkLogin {

    private final DingTalkIdentities identities;
    private final AccountMapper accounts;
    private final Logins logins;
    private final DingTalkBindings bindings;

    DingTalkLogin(DingTalkIdentities identities, AccountMapper accounts, Logins logins, DingTalkBindings bindings) {
        this.identities = identities;
        this.accounts = accounts;
        this.logins = logins;
        this.bindings = bindings;
    }

    TokenPair login(String authCode) {
        DingTalkUser user = identities.identify(authCode);
        Account account = accounts.findByPhone(user.mobile())
                .orElseThrow(() -> ProblemException.notFound("DINGTALK_ACCOUNT_NOT_FOUND"));
        TokenPair tokens = logins.loginVouchedFor(account);
        try {
            bindings.bind(account.getId(), user.userId());
        } catch (DuplicateKeyException sameFirstLoginOnAnotherDevice) {
            // Two first logins of the same person at once: the other one stored the same pairing.
        }
        return tokens;
    }
}
