package com.gongxuhui.demand.api;

import java.time.Instant;
import java.util.List;

/**
 * An enterprise's demands and the visits (走访) to it, as far as the asking user may see them: what
 * enterprise-service shows on the enterprise's detail page.
 */
public record EnterpriseDemandActivity(List<DemandLine> demands, List<Visit> visits) {

    public record DemandLine(long id, String title, String status, Long institutionId, String handlerName,
            Instant submittedAt) {
    }

    public record Visit(long demandId, Instant happenedAt, String authorName, String content) {
    }
}
