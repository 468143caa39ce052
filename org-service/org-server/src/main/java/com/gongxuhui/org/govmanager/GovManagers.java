package com.gongxuhui.org.govmanager;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountLifecycle;
import com.gongxuhui.org.account.AccountMapper;
import com.gongxuhui.org.account.AccountRegistration;
import com.gongxuhui.org.account.NewAccount;
import com.gongxuhui.org.audit.AuditTrail;
import com.gongxuhui.org.dingtalk.DingTalkInvitationView;
import com.gongxuhui.org.dingtalk.DingTalkInvitations;
import com.gongxuhui.org.region.Regions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Science-bureau managers (科技管理人员): read-only monitors of a province, city or county. Their level is the
 * level of their region, so it is derived rather than stored.
 */
@Service
public class GovManagers {

    private final AccountMapper accounts;
    private final AccountRegistration registration;
    private final AccountLifecycle lifecycle;
    private final Regions regions;
    private final AuditTrail audit;
    private final DingTalkInvitations dingTalkInvitations;

    public GovManagers(AccountMapper accounts, AccountRegistration registration, AccountLifecycle lifecycle,
            Regions regions, AuditTrail audit, DingTalkInvitations dingTalkInvitations) {
        this.accounts = accounts;
        this.registration = registration;
        this.lifecycle = lifecycle;
        this.regions = regions;
        this.audit = audit;
        this.dingTalkInvitations = dingTalkInvitations;
    }

    @Transactional
    public GovManagerView create(NewGovManagerRequest request, CurrentUser user) {
        GovLevel regionLevel = levelOf(request.regionCode());
        if (regionLevel != request.level()) {
            throw ProblemException.badRequest("GOV_REGION_LEVEL_MISMATCH", request.regionCode(), request.level());
        }
        Account account = registration.register(new NewAccount(request.phone(), request.password(), request.name(),
                Set.of(Role.GOV_MANAGER), null, null, request.regionCode()), user.actor());
        GovManagerView view = GovManagerView.of(account, regionLevel);
        audit.record(user.actor(), "GOV_MANAGER_CREATED", "ACCOUNT", account.getId(), null, null, view);
        return view;
    }

    public PageView<GovManagerView> list(GovLevel level, String keyword, PageQuery page) {
        var query = Wrappers.<Account>lambdaQuery()
                .like(Account::getRoles, Role.GOV_MANAGER.name())
                .and(keyword != null, q -> q.like(Account::getName, keyword).or().likeRight(Account::getPhone, keyword))
                .orderByDesc(Account::getId);
        if (level != null) {
            query.in(Account::getRegionCode, regionsAt(level));
        }
        var found = accounts.selectPage(page.toPage(), query);
        // the list is the system administrator's: he sees the invitations' last errors
        Map<Long, DingTalkInvitationView> invitations = dingTalkInvitations.views(found.getRecords(), true);
        return PageView.of(found, a -> GovManagerView.of(a, levelOf(a.getRegionCode()), invitations.get(a.getId())));
    }

    /** Invites him into the province's DingTalk organisation again, now ({@link DingTalkInvitations#inviteNow}). */
    public DingTalkInvitationView reinviteToDingTalk(long id, CurrentUser user) {
        return dingTalkInvitations.inviteNow(find(id), user.actor());
    }

    @Transactional
    public GovManagerView disable(long id, CurrentUser user) {
        Account account = find(id);
        GovManagerView before = GovManagerView.of(account, levelOf(account.getRegionCode()));
        if (lifecycle.disable(account, user.actor())) {
            audit.record(user.actor(), "GOV_MANAGER_DISABLED", "ACCOUNT", id, null, before,
                    GovManagerView.of(account, before.level()));
        }
        return GovManagerView.of(account, before.level());
    }

    @Transactional
    public GovManagerView enable(long id, CurrentUser user) {
        Account account = find(id);
        GovManagerView before = GovManagerView.of(account, levelOf(account.getRegionCode()));
        if (lifecycle.enable(account)) {
            audit.record(user.actor(), "GOV_MANAGER_ENABLED", "ACCOUNT", id, null, before,
                    GovManagerView.of(account, before.level()));
        }
        return GovManagerView.of(account, before.level());
    }

    private List<String> regionsAt(GovLevel level) {
        return regions.roots().stream().flatMap(root -> regions.descendants(root.code()).stream())
                .filter(code -> regions.get(code).level().name().equals(level.name())).toList();
    }

    private Account find(long id) {
        Account account = accounts.selectById(id);
        if (account == null || !account.getRoles().contains(Role.GOV_MANAGER)) {
            throw ProblemException.notFound("GOV_MANAGER_NOT_FOUND", id);
        }
        return account;
    }

    private GovLevel levelOf(String regionCode) {
        return regions.find(regionCode).map(region -> GovLevel.valueOf(region.level().name()))
                .orElseThrow(() -> ProblemException.badRequest("REGION_NOT_FOUND", regionCode));
    }
}
