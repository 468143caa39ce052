package com.gongxuhui.demand.push;

import java.time.Instant;

public record ExpertPushView(long id, long expertId, String expertName, String expertOrganisation,
        boolean followsOfficialAccount, PushDelivery delivery, String deliveryReason, Instant deliveryReportedAt,
        long pushedBy, Instant pushedAt) {

    static ExpertPushView of(ExpertPush p) {
        return new ExpertPushView(p.getId(), p.getExpertId(), p.getExpertName(), p.getExpertOrganisation(),
                p.isFollowsOfficialAccount(), p.getDelivery(), p.getDeliveryReason(), p.getDeliveryReportedAt(),
                p.getPushedBy(), p.getPushedAt());
    }
}
