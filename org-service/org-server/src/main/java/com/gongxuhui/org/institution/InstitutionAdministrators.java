package com.gongxuhui.org.institution;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountMapper;
import com.gongxuhui.org.dingtalk.DingTalkInvitationView;
import com.gongxuhui.org.dingtalk.DingTalkInvitations;
import org.springframework.stereotype.Service;

/**
 * An institution's administrator (机构管理员), opened with the institution: who he is and whether he joined the
 * province's DingTalk organisation. He is in no staff list, so this is where the console finds him. Seen by whoever
 * sees the institution ({@link InstitutionAccess}); the invitation's last error and the re-invite are for those who may
 * change it.
 */
@Service
public class InstitutionAdministrators {

    private final AccountMapper accounts;
    private final InstitutionAccess access;
    private final DingTalkInvitations dingTalkInvitations;

    public InstitutionAdministrators(AccountMapper accounts, InstitutionAccess access,
            DingTalkInvitations dingTalkInvitations) {
        this.accounts = accounts;
        this.access = access;
        this.dingTalkInvitations = dingTalkInvitations;
    }

    public InstitutionAdministratorView get(long institutionId, CurrentUser user) {
        access.requireVisible(user, institutionId);
        Account administrator = administratorOf(institutionId);
        return InstitutionAdministratorView.of(administrator, dingTalkInvitations.view(administrator.getId(),
                access.isManageable(user, institutionId)).orElse(null));
    }

    /** Invites him into the province's DingTalk organisation again, now ({@link DingTalkInvitations#inviteNow}). */
    public DingTalkInvitationView reinviteToDingTalk(long institutionId, CurrentUser user) {
        access.requireManageable(user, institutionId);
        return dingTalkInvitations.inviteNow(administratorOf(institutionId), user.actor());
    }

    /** The institution's first administrator: its registration opens exactly one. */
    private Account administratorOf(long institutionId) {
        return accounts.selectList(Wrappers.<Account>lambdaQuery()
                        .eq(Account::getInstitutionId, institutionId)
                        .like(Account::getRoles, Role.INST_ADMIN.name())
                        .orderByAsc(Account::getId))
                .stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("INSTITUTION_ADMINISTRATOR_NOT_FOUND", institutionId));
    }
}
