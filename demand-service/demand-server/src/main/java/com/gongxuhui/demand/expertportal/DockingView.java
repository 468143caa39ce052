package com.gongxuhui.demand.expertportal;

import java.time.Instant;

public record DockingView(long id, long demandId, long expertId, String expertName, DockingStatus status, String note,
        Instant dockedAt, Instant cancelledAt) {

    static DockingView of(ExpertDocking d) {
        return new DockingView(d.getId(), d.getDemandId(), d.getExpertId(), d.getExpertName(), d.getStatus(),
                d.getNote(), d.getDockedAt(), d.getCancelledAt());
    }
}
