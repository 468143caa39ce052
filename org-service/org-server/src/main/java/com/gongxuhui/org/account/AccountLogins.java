package com.gongxuhui.org.account;

/**
 * Ends the logins of an account when it is disabled, gets a new password or moves. The account feature says when;
 * the auth feature, which issues the tokens (and depends on accounts), implements how.
 */
public interface AccountLogins {

    void revokeAllOf(long accountId);
}
