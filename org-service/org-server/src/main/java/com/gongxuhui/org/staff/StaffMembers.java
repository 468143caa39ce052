package com.gongxuhui.org.staff;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.ForeignObjects;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountLifecycle;
import com.gongxuhui.org.account.AccountMapper;
import com.gongxuhui.org.account.AccountRegistration;
import com.gongxuhui.org.account.NewAccount;
import com.gongxuhui.org.api.StaffMoved;
import com.gongxuhui.org.audit.AuditTrail;
import com.gongxuhui.org.centre.Centre;
import com.gongxuhui.org.centre.Centres;
import com.gongxuhui.org.dingtalk.DingTalkInvitationView;
import com.gongxuhui.org.dingtalk.DingTalkInvitations;
import com.gongxuhui.org.institution.InstitutionAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An institution's brokers (技转人员): created, changed, moved, disabled by its administrator. */
@Service
public class StaffMembers {

    private final AccountMapper accounts;
    private final AccountRegistration registration;
    private final AccountLifecycle lifecycle;
    private final StaffMoveMapper moves;
    private final Centres centres;
    private final InstitutionAccess access;
    private final AuditTrail audit;
    private final OutboxPublisher events;
    private final Clock clock;
    private final ForeignObjects foreignObjects;
    private final DingTalkInvitations dingTalkInvitations;

    public StaffMembers(AccountMapper accounts, AccountRegistration registration, AccountLifecycle lifecycle,
            StaffMoveMapper moves, Centres centres, InstitutionAccess access, AuditTrail audit, OutboxPublisher events,
            Clock clock, ForeignObjects foreignObjects, DingTalkInvitations dingTalkInvitations) {
        this.accounts = accounts;
        this.registration = registration;
        this.lifecycle = lifecycle;
        this.moves = moves;
        this.centres = centres;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.foreignObjects = foreignObjects;
        this.dingTalkInvitations = dingTalkInvitations;
    }

    @Transactional
    public StaffView create(long institutionId, NewStaffRequest request, CurrentUser user) {
        access.requireManageable(user, institutionId);
        Centre centre = centres.find(institutionId, request.centreId(), user);
        Account account = registration.register(new NewAccount(request.phone(), request.password(), request.name(),
                roles(request.centreAdmin()), institutionId, centre.getId(), centre.getRegionCode()), user.actor());
        account.setPosition(request.position());
        lifecycle.save(account);
        StaffView view = StaffView.of(account);
        audit.record(user.actor(), "STAFF_CREATED", "ACCOUNT", account.getId(), institutionId, null, view);
        return view;
    }

    @Transactional
    public StaffView update(long institutionId, long staffId, UpdateStaffRequest request, CurrentUser user) {
        access.requireManageable(user, institutionId);
        Account account = find(institutionId, staffId, user);
        StaffView before = StaffView.of(account);
        account.setName(request.name());
        account.setPosition(request.position());
        account.setRoles(roles(request.centreAdmin()));
        lifecycle.save(account);
        StaffView after = StaffView.of(account);
        audit.record(user.actor(), "STAFF_UPDATED", "ACCOUNT", staffId, institutionId, before, after);
        return after;
    }

    @Transactional
    public StaffView disable(long institutionId, long staffId, CurrentUser user) {
        access.requireManageable(user, institutionId);
        Account account = find(institutionId, staffId, user);
        StaffView before = StaffView.of(account);
        if (lifecycle.disable(account, user.actor())) {
            audit.record(user.actor(), "STAFF_DISABLED", "ACCOUNT", staffId, institutionId, before, StaffView.of(account));
        }
        return StaffView.of(account);
    }

    @Transactional
    public StaffView enable(long institutionId, long staffId, CurrentUser user) {
        access.requireManageable(user, institutionId);
        Account account = find(institutionId, staffId, user);
        StaffView before = StaffView.of(account);
        if (lifecycle.enable(account)) {
            audit.record(user.actor(), "STAFF_ENABLED", "ACCOUNT", staffId, institutionId, before, StaffView.of(account));
        }
        return StaffView.of(account);
    }

    @Transactional
    public void resetPassword(long institutionId, long staffId, String newPassword, CurrentUser user) {
        access.requireManageable(user, institutionId);
        Account account = find(institutionId, staffId, user);
        lifecycle.changePassword(account, newPassword);
        audit.record(user.actor(), "STAFF_PASSWORD_RESET", "ACCOUNT", staffId, institutionId, null, null);
    }

    /** Moves a broker to another centre of the institution; the move is kept, his old tokens end. */
    @Transactional
    public StaffView move(long institutionId, long staffId, long toCentreId, CurrentUser user) {
        access.requireManageable(user, institutionId);
        Account account = find(institutionId, staffId, user);
        Centre from = centres.find(institutionId, account.getCentreId(), user);
        Centre to = centres.find(institutionId, toCentreId, user);
        if (from.getId().equals(to.getId())) {
            throw ProblemException.badRequest("STAFF_ALREADY_IN_CENTRE", toCentreId);
        }
        StaffView before = StaffView.of(account);
        account.setCentreId(to.getId());
        account.setRegionCode(to.getRegionCode());
        lifecycle.save(account);
        lifecycle.endLogins(account);
        Instant now = clock.instant();
        StaffMove move = new StaffMove();
        move.setAccountId(staffId);
        move.setInstitutionId(institutionId);
        move.setFromCentreId(from.getId());
        move.setToCentreId(to.getId());
        move.setMovedBy(user.id());
        move.setMovedAt(now);
        moves.insert(move);
        StaffView after = StaffView.of(account);
        audit.record(user.actor(), "STAFF_MOVED", "ACCOUNT", staffId, institutionId, before, after);
        events.publish(new StaffMoved(UUID.randomUUID(), now, user.actor(), Long.toString(staffId),
                new OrgCoordinates(institutionId, to.getId(), to.getRegionCode()), staffId, from.getId(),
                from.getRegionCode(), to.getId(), to.getRegionCode()));
        return after;
    }

    public List<StaffMoveView> moves(long institutionId, long staffId, CurrentUser user) {
        access.requireVisible(user, institutionId);
        find(institutionId, staffId, user);
        return moves.selectList(Wrappers.<StaffMove>lambdaQuery().eq(StaffMove::getAccountId, staffId)
                .orderByAsc(StaffMove::getId)).stream().map(StaffMoveView::of).toList();
    }

    public StaffView get(long institutionId, long staffId, CurrentUser user) {
        access.requireVisible(user, institutionId);
        Account account = find(institutionId, staffId, user);
        return StaffView.of(account, dingTalkInvitations.view(staffId, access.isManageable(user, institutionId))
                .orElse(null));
    }

    /** Invites him into the province's DingTalk organisation again, now ({@link DingTalkInvitations#inviteNow}). */
    public DingTalkInvitationView reinviteToDingTalk(long institutionId, long staffId, CurrentUser user) {
        access.requireManageable(user, institutionId);
        return dingTalkInvitations.inviteNow(find(institutionId, staffId, user), user.actor());
    }

    public PageView<StaffView> list(long institutionId, StaffSearch search, PageQuery page, CurrentUser user) {
        access.requireVisible(user, institutionId);
        var query = Wrappers.<Account>lambdaQuery()
                .eq(Account::getInstitutionId, institutionId)
                .like(Account::getRoles, Role.STAFF.name())
                .eq(search.centreId() != null, Account::getCentreId, search.centreId())
                .eq(search.status() != null, Account::getStatus, search.status())
                .and(search.keyword() != null, q -> q.like(Account::getName, search.keyword())
                        .or().likeRight(Account::getPhone, search.keyword()))
                .orderByDesc(Account::getId);
        var found = accounts.selectPage(page.toPage(), query);
        Map<Long, DingTalkInvitationView> invitations = dingTalkInvitations.views(found.getRecords(),
                access.isManageable(user, institutionId));
        return PageView.of(found, a -> StaffView.of(a, invitations.get(a.getId())));
    }

    /**
     * A staff member of this institution, or 404: for institution admins and accounts outside any institution (no
     * staff at all), and for other institutions' staff (a security event).
     */
    private Account find(long institutionId, long staffId, CurrentUser user) {
        Account account = accounts.selectById(staffId);
        Account member = account == null || account.getInstitutionId() == null
                || !account.getRoles().contains(Role.STAFF) ? null : account;
        return foreignObjects.requireInScope(user.id(), member, staff -> staff.getInstitutionId() == institutionId,
                "staff", staffId, "STAFF_NOT_FOUND");
    }

    private static Set<Role> roles(boolean centreAdmin) {
        return centreAdmin ? EnumSet.of(Role.STAFF, Role.CENTER_ADMIN) : EnumSet.of(Role.STAFF);
    }
}
