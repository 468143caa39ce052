package com.gongxuhui.org.dingtalk;

import com.gongxuhui.common.event.RelayLease;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link DingTalkInvitationRelay}'s rounds every {@code gxh.dingtalk.invitation.relay-interval} (30 s) on one
 * instance at a time: the holder of a Redis lease ({@link RelayLease}, as the outbox relays do), renewed before each
 * invitation, so that two instances never invite one person at once (an invitation taken twice all the same, by a
 * re-invite at that moment, costs a 60104 and nothing more). Off with {@code gxh.dingtalk.invitation.relay-enabled=false}
 * (the tests run the rounds by hand).
 */
@Component
@ConditionalOnProperty(name = "gxh.dingtalk.invitation.relay-enabled", havingValue = "true", matchIfMissing = true)
class DingTalkInvitationSchedule {

    private static final Logger log = LoggerFactory.getLogger(DingTalkInvitationSchedule.class);
    /** Longer than one invitation may take: gettoken, user/create and user/getbymobile at their timeouts. */
    private static final Duration LEASE_TTL = Duration.ofMinutes(2);

    private final DingTalkInvitationRelay relay;
    private final DingTalkProperties dingTalk;
    private final RelayLease lease;

    DingTalkInvitationSchedule(DingTalkInvitationRelay relay, DingTalkProperties dingTalk, StringRedisTemplate redis,
            @Value("${gxh.events.topic-prefix:}") String environment) {
        this.relay = relay;
        this.dingTalk = dingTalk;
        this.lease = new RelayLease(redis, environment + "org-dingtalk-invitations", LEASE_TTL);
    }

    @Scheduled(fixedDelayString = "${gxh.dingtalk.invitation.relay-interval:30s}",
            initialDelayString = "${gxh.dingtalk.invitation.relay-interval:30s}")
    void advanceDueInvitations() {
        try {
            if (dingTalk.hasCredentials() && lease.acquire()) {
                relay.advanceDue(lease::acquire);
            }
        } catch (RuntimeException e) {
            log.warn("DingTalk invitation round failed; the next one follows at the relay interval", e);
        }
    }

    @PreDestroy
    void giveTheLeaseBack() {
        lease.release();
    }
}
