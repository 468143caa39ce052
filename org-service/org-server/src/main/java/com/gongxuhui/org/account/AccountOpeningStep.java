package com.gongxuhui.org.account;

/**
 * Something that opens together with an account, in its registration's transaction, so that the account never
 * exists without it (the invitation into the province's DingTalk organisation). The account feature says when; the
 * features built on accounts implement what.
 */
public interface AccountOpeningStep {

    void accountOpened(Account account);
}
