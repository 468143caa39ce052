package com.gongxuhui.org.dingtalk;

import java.time.Instant;

/**
 * A person's invitation into the province's DingTalk organisation, as the console shows it beside him.
 *
 * @param invitedAt when DingTalk took him into the organisation
 * @param joinedAt  when he was first seen to have activated DingTalk
 * @param lastError DingTalk's answer to the latest failed step, for those who may re-invite him (absent for others)
 */
public record DingTalkInvitationView(DingTalkInvitationStatus status, Instant invitedAt, Instant joinedAt,
        String lastError) {

    /** What a re-invite endpoint does ({@link DingTalkInvitations#inviteNow}), for their API documents. */
    public static final String REINVITE = "PENDING or FAILED: DingTalk's user/create now (FAILED starts over); "
            + "INVITED: whether he has activated DingTalk now; JOINED, or DingTalk not configured: nothing. Answers the "
            + "invitation as it stands afterwards; 409 DINGTALK_INVITATION_ACCOUNT_DISABLED for a disabled account.";
}
