package com.gongxuhui.org.dingtalk;

/** Where a console account's invitation into the province's DingTalk organisation stands. */
public enum DingTalkInvitationStatus {
    /** Recorded with the account; not yet taken by DingTalk (a failed attempt waits here for its retry). */
    PENDING,
    /** DingTalk added him to the organisation (or he was a member already); he has not activated DingTalk yet. */
    INVITED,
    /** He activated DingTalk: work notifications reach him. */
    JOINED,
    /**
     * DingTalk refused the invitation {@code max-attempts} times, or no longer knows the member it had taken: the last
     * error says why, and a re-invite starts over.
     */
    FAILED,
    /** Shown, never stored: a PENDING invitation while the platform's DingTalk app has no credentials (nothing is sent). */
    NOT_CONFIGURED
}
