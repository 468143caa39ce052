package com.gongxuhui.org.dingtalk;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountOpeningStep;
import com.gongxuhui.org.account.AccountStatus;
import com.gongxuhui.org.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The invitations of console accounts into the province's DingTalk organisation (user manual 一.2): DingTalk's work
 * notifications reach members of the organisation only (60121 for anyone else), so every administrator, centre
 * administrator, broker and bureau manager is invited when his account opens. The invitation is recorded in the
 * account's transaction, so none is lost when DingTalk is away; {@link DingTalkInvitationRelay} takes it to DingTalk
 * and follows it until he has joined. Experts (WeChat), enterprises and the system administrator are not invited.
 */
@Service
public class DingTalkInvitations implements AccountOpeningStep {

    private static final Set<Role> CONSOLE_ROLES = EnumSet.of(Role.INST_ADMIN, Role.CENTER_ADMIN, Role.STAFF,
            Role.GOV_MANAGER);

    private final DingTalkInvitationMapper invitations;
    private final DingTalkInviter inviter;
    private final DingTalkProperties dingTalk;
    private final AuditTrail audit;
    private final Clock clock;

    DingTalkInvitations(DingTalkInvitationMapper invitations, DingTalkInviter inviter, DingTalkProperties dingTalk,
            AuditTrail audit, Clock clock) {
        this.invitations = invitations;
        this.inviter = inviter;
        this.dingTalk = dingTalk;
        this.audit = audit;
        this.clock = clock;
    }

    /** A PENDING invitation for a new console account, due at once. */
    @Override
    public void accountOpened(Account account) {
        if (account.getRoles().stream().noneMatch(CONSOLE_ROLES::contains)) {
            return;
        }
        Instant now = clock.instant();
        DingTalkInvitation invitation = new DingTalkInvitation();
        invitation.setAccountId(account.getId());
        invitation.setStatus(DingTalkInvitationStatus.PENDING);
        invitation.setCreatedAt(now);
        invitation.setUpdatedAt(now);
        invitations.insert(invitation);
    }

    /** The invitations of these accounts (a page of a list), by account id; accounts without one are left out. */
    public Map<Long, DingTalkInvitationView> views(List<Account> accounts, boolean withLastError) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        return invitations.selectByIds(accounts.stream().map(Account::getId).toList()).stream()
                .collect(Collectors.toMap(DingTalkInvitation::getAccountId,
                        invitation -> view(invitation, withLastError)));
    }

    public Optional<DingTalkInvitationView> view(long accountId, boolean withLastError) {
        return Optional.ofNullable(invitations.selectById(accountId)).map(invitation -> view(invitation, withLastError));
    }

    /**
     * Re-invites now, for his administrator: the next step is taken at once rather than at the relay's next round,
     * and a FAILED invitation starts over (PENDING, no attempts). Sent: the invitation (an answer other than success
     * is its last error, retried by the relay); INVITED: the check whether he joined; JOINED, or DingTalk not
     * configured: nothing. Audited when DingTalk was asked.
     */
    public DingTalkInvitationView inviteNow(Account account, Actor actor) {
        DingTalkInvitation invitation = Optional.ofNullable(invitations.selectById(account.getId()))
                .orElseThrow(() -> ProblemException.notFound("DINGTALK_INVITATION_NOT_FOUND", account.getId()));
        if (account.getStatus() == AccountStatus.DISABLED) {
            throw ProblemException.conflict("DINGTALK_INVITATION_ACCOUNT_DISABLED");
        }
        DingTalkInvitationView before = view(invitation, true);
        if (!dingTalk.hasCredentials() || invitation.getStatus() == DingTalkInvitationStatus.JOINED) {
            return before;
        }
        if (invitation.getStatus() == DingTalkInvitationStatus.FAILED) {
            invitation.setStatus(DingTalkInvitationStatus.PENDING);
            invitation.setAttempts(0);
        }
        try {
            inviter.advance(invitation, account);
        } catch (DingTalkCallFailed recordedOnTheInvitation) {
            // its last error now; the relay tries again after the back-off
        }
        DingTalkInvitationView after = view(invitations.selectById(account.getId()), true);
        audit.record(actor, "DINGTALK_REINVITED", "ACCOUNT", account.getId(), account.getInstitutionId(),
                Map.of("dingtalk", before.status()), Map.of("dingtalk", after.status()));
        return after;
    }

    private DingTalkInvitationView view(DingTalkInvitation invitation, boolean withLastError) {
        DingTalkInvitationStatus status = invitation.getStatus() == DingTalkInvitationStatus.PENDING
                && !dingTalk.hasCredentials() ? DingTalkInvitationStatus.NOT_CONFIGURED : invitation.getStatus();
        return new DingTalkInvitationView(status, invitation.getInvitedAt(), invitation.getJoinedAt(),
                withLastError ? invitation.getLastError() : null);
    }
}
