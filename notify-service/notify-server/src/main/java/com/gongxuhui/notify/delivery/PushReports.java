package com.gongxuhui.notify.delivery;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.notify.api.PushDeliveryReported;
import java.time.Instant;
import java.util.UUID;

/**
 * What demand-service is told about a push: delivered, or the reason it was not — {@code NOT_FOLLOWING} (the
 * expert does not follow the official account, known before sending or answered 43004 by WeChat),
 * {@code NOT_CONFIGURED} (WeChat is not set up here) or {@code FAILED} (refused, or failed at every attempt).
 */
public final class PushReports {

    public static final String NOT_FOLLOWING = "NOT_FOLLOWING";
    /** WeChat's "require subscribe": the user does not follow the official account. */
    private static final String WECHAT_NOT_FOLLOWING = "\"errcode\":43004";

    private PushReports() {
    }

    static PushDeliveryReported report(Delivery delivery, DeliveryStatus status, String answer, Instant now) {
        String reason = switch (status) {
            case SENT -> null;
            case NOT_SENT -> "NOT_CONFIGURED";
            default -> answer != null && answer.contains(WECHAT_NOT_FOLLOWING) ? NOT_FOLLOWING : "FAILED";
        };
        return of(delivery.getDemandId(), delivery.getPushId(), delivery.getRecipientId(), status == DeliveryStatus.SENT,
                reason, now);
    }

    public static PushDeliveryReported of(long demandId, long pushId, long expertId, boolean delivered, String reason,
            Instant now) {
        return new PushDeliveryReported(UUID.randomUUID(), now, Actor.system(), Long.toString(pushId),
                OrgCoordinates.none(), demandId, pushId, expertId, delivered, reason);
    }
}
