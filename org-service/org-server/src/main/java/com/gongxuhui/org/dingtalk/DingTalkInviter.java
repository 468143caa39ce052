package com.gongxuhui.org.dingtalk;

import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.dingtalk.DingTalkAnswer.UserDetail;
import com.gongxuhui.org.dingtalk.DingTalkAnswer.UserId;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes an invitation's next step with DingTalk and records where it stands:
 * <ul>
 * <li>PENDING: {@code user/create} with the account's name and mobile in the configured department → INVITED with
 * DingTalk's userid. A mobile that is a member already (60104) is looked up by {@code user/getbymobile} and counts as
 * invited. Anything else is a failed attempt, retried after a doubling back-off, FAILED after {@code max-attempts}.</li>
 * <li>INVITED: {@code user/get} → JOINED once {@code active} (he activated DingTalk); else checked again later, less
 * and less often. DingTalk no longer knowing the member (60121: he left or was removed) is FAILED: whether he
 * belongs in the organisation again is for his administrator to say, by re-inviting him.</li>
 * </ul>
 * Each step is one version-checked update outside any transaction (no database lock is held while DingTalk answers):
 * a step that lost the race to another one (the relay on another instance, a re-invite) is dropped. No usable answer
 * at all ({@link DingTalkCallFailed}) is recorded like a refusal, then rethrown, so that the relay stops its round.
 */
@Component
class DingTalkInviter {

    private static final Logger log = LoggerFactory.getLogger(DingTalkInviter.class);
    private static final int ERROR_LIMIT = 500;

    private final DingTalkApi api;
    private final DingTalkAppToken appToken;
    private final DingTalkInvitationMapper invitations;
    private final DingTalkInvitationProperties settings;
    private final Clock clock;

    DingTalkInviter(DingTalkApi api, DingTalkAppToken appToken, DingTalkInvitationMapper invitations,
            DingTalkInvitationProperties settings, Clock clock) {
        this.api = api;
        this.appToken = appToken;
        this.invitations = invitations;
        this.settings = settings;
        this.clock = clock;
    }

    void advance(DingTalkInvitation invitation, Account account) {
        switch (invitation.getStatus()) {
            case PENDING -> invite(invitation, account);
            case INVITED -> check(invitation);
            default -> {
            }
        }
    }

    private void invite(DingTalkInvitation invitation, Account account) {
        try {
            DingTalkAnswer<UserId> created = appToken.call(token -> api.createUser(token, account.getName(),
                    account.getPhone(), settings.departmentId()));
            if (created.mobileAlreadyMember()) {
                DingTalkAnswer<UserId> member = appToken.call(token -> api.getUserByMobile(token, account.getPhone()));
                inviteAnswered(invitation, member, "user/getbymobile");
            } else {
                inviteAnswered(invitation, created, "user/create");
            }
        } catch (DingTalkCallFailed e) {
            inviteFailed(invitation, e.getMessage());
            throw e;
        }
    }

    private void inviteAnswered(DingTalkInvitation invitation, DingTalkAnswer<UserId> answer, String call) {
        String userId = answer.succeeded() ? answer.result().userid() : null;
        if (userId == null || userId.isBlank()) {
            inviteFailed(invitation, call + " failed: " + answer.describe());
            return;
        }
        Instant now = clock.instant();
        invitation.setStatus(DingTalkInvitationStatus.INVITED);
        invitation.setDingtalkUserId(userId);
        invitation.setInvitedAt(now);
        invitation.setAttempts(0);
        invitation.setLastError(null);
        // checked at the relay's next round: someone who had DingTalk already is active at once
        invitation.setNextAttemptAt(now);
        save(invitation);
    }

    private void inviteFailed(DingTalkInvitation invitation, String error) {
        int attempts = invitation.getAttempts() + 1;
        invitation.setAttempts(attempts);
        invitation.setLastError(abbreviate(error));
        if (attempts >= settings.maxAttempts()) {
            log.error("DingTalk invitation of account {} failed {} times and is given up: {}",
                    invitation.getAccountId(), attempts, error);
            invitation.setStatus(DingTalkInvitationStatus.FAILED);
            invitation.setNextAttemptAt(null);
        } else {
            log.warn("DingTalk invitation of account {} failed (attempt {} of {}): {}", invitation.getAccountId(),
                    attempts, settings.maxAttempts(), error);
            invitation.setNextAttemptAt(clock.instant().plus(settings.retryAfter(attempts)));
        }
        save(invitation);
    }

    private void check(DingTalkInvitation invitation) {
        DingTalkAnswer<UserDetail> user;
        try {
            user = appToken.call(token -> api.getUser(token, invitation.getDingtalkUserId()));
        } catch (DingTalkCallFailed e) {
            checkAgainLater(invitation, e.getMessage());
            throw e;
        }
        if (user.noSuchMember()) {
            log.warn("DingTalk no longer knows member {} of account {}: {}", invitation.getDingtalkUserId(),
                    invitation.getAccountId(), user.describe());
            invitation.setStatus(DingTalkInvitationStatus.FAILED);
            invitation.setLastError(abbreviate("user/get: no longer a member of the organisation: " + user.describe()));
            invitation.setNextAttemptAt(null);
            save(invitation);
        } else if (!user.succeeded()) {
            checkAgainLater(invitation, "user/get failed: " + user.describe());
        } else if (Boolean.TRUE.equals(user.result().active())) {
            invitation.setStatus(DingTalkInvitationStatus.JOINED);
            invitation.setJoinedAt(clock.instant());
            invitation.setLastError(null);
            invitation.setNextAttemptAt(null);
            save(invitation);
        } else {
            checkAgainLater(invitation, null);
        }
    }

    private void checkAgainLater(DingTalkInvitation invitation, String error) {
        int checks = invitation.getAttempts() + 1;
        invitation.setAttempts(checks);
        invitation.setLastError(error == null ? null : abbreviate(error));
        invitation.setNextAttemptAt(clock.instant().plus(settings.recheckAfter(checks)));
        save(invitation);
    }

    private void save(DingTalkInvitation invitation) {
        invitation.setUpdatedAt(clock.instant());
        if (invitations.updateById(invitation) == 0) {
            log.info("DingTalk invitation of account {} was changed meanwhile: this step is dropped",
                    invitation.getAccountId());
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= ERROR_LIMIT ? text : text.substring(0, ERROR_LIMIT);
    }
}
