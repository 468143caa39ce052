package com.gongxuhui.org.dingtalk;

import com.gongxuhui.common.time.Backoff;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How console accounts are invited into the province's DingTalk organisation ({@code gxh.dingtalk.invitation.*}; in
 * the environment e.g. {@code GXH_DINGTALK_INVITATION_DEPARTMENT_ID}). {@code relay-enabled} and {@code relay-interval}
 * are {@link DingTalkInvitationSchedule}'s.
 *
 * @param departmentId       the DingTalk department new members are put in (1: the organisation's root department)
 * @param retryBackoff       the wait after the first failed invitation, doubled after each further one
 * @param maxAttempts        failed invitations in a row before it is FAILED
 * @param recheckInterval    the wait before checking again whether an invited member activated DingTalk, doubled
 *                           after each check that found him inactive (DingTalk's internal apps have a monthly call
 *                           quota: members who never activate must not cost a call every few minutes forever)
 * @param recheckMaxInterval the longest wait between two calls about one member (checks, and retries too)
 */
@ConfigurationProperties("gxh.dingtalk.invitation")
public record DingTalkInvitationProperties(
        @DefaultValue("1") long departmentId,
        @DefaultValue("1m") Duration retryBackoff,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("5m") Duration recheckInterval,
        @DefaultValue("1d") Duration recheckMaxInterval) {

    /** The wait after the {@code failures}-th failed invitation in a row. */
    Duration retryAfter(int failures) {
        return Backoff.doubling(retryBackoff, failures, recheckMaxInterval);
    }

    /** The wait after the {@code checks}-th check that found the member not yet active. */
    Duration recheckAfter(int checks) {
        return Backoff.doubling(recheckInterval, checks, recheckMaxInterval);
    }
}
