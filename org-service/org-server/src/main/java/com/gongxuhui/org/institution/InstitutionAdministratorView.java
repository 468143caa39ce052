package com.gongxuhui.org.institution;

import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountStatus;
import com.gongxuhui.org.dingtalk.DingTalkInvitationView;
import java.time.Instant;

/** An institution's administrator and his invitation into the province's DingTalk organisation. */
public record InstitutionAdministratorView(long id, String name, String phone, AccountStatus status, Instant createdAt,
        DingTalkInvitationView dingtalk) {

    static InstitutionAdministratorView of(Account a, DingTalkInvitationView dingtalk) {
        return new InstitutionAdministratorView(a.getId(), a.getName(), a.getPhone(), a.getStatus(), a.getCreatedAt(),
                dingtalk);
    }
}
