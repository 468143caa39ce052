package com.gongxuhui.demand.open;

import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandStatus;
import java.time.Instant;

/**
 * What a municipal platform may know of a demand it submitted, to show its enterprise there (一个入口): where
 * it stands and who handles it, not the institution's internal work.
 */
public record OpenDemandStatus(long id, String externalId, String title, DemandStatus status, Long institutionId,
        String handlerName, Instant submittedAt, Instant claimedAt, String closeReason, Instant updatedAt) {

    static OpenDemandStatus of(Demand d) {
        return new OpenDemandStatus(d.getId(), d.getExternalId(), d.getTitle(), d.getStatus(), d.getInstitutionId(),
                d.getHandlerName(), d.getSubmittedAt(), d.getClaimedAt(), d.getCloseReason(), d.getUpdatedAt());
    }
}
