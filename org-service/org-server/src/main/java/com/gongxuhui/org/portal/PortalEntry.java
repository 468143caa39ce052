package com.gongxuhui.org.portal;

import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountMapper;
import com.gongxuhui.org.auth.Logins;
import com.gongxuhui.org.auth.TokenPair;
import org.springframework.stereotype.Service;

/**
 * One entry for the province (manual 三、平台登录): a user signed in to 浙江网上技术市场 follows its 供需荟 link with a
 * one-time ticket; the portal says whose it is, and the account with his real-name mobile logs in (locked and
 * disabled accounts are refused as at a password login). A mobile without an account gets a clear problem: the
 * portal's users are not all 供需荟's, whose accounts institutions and the platform create.
 */
@Service
class PortalEntry {

    private final PortalApi portal;
    private final AccountMapper accounts;
    private final Logins logins;

    PortalEntry(PortalApi portal, AccountMapper accounts, Logins logins) {
        this.portal = portal;
        this.accounts = accounts;
        this.logins = logins;
    }

    TokenPair enter(String ticket) {
        String mobile = portal.holderOf(ticket).mobile();
        Account account = accounts.findByPhone(mobile)
                .orElseThrow(() -> ProblemException.notFound("PORTAL_ACCOUNT_NOT_FOUND"));
        return logins.loginVouchedFor(account);
    }
}
