package com.gongxuhui.expert.technology;

import java.time.Instant;
import java.util.Set;

/** A technology as shown; {@code confidentialDetail} is left out (null) for readers who may not see it. */
public record TechnologyView(long id, long expertId, String name, String fieldCode, int maturity, String description,
        Set<CooperationMode> cooperationModes, String publicSummary, String confidentialDetail, Instant createdAt,
        Instant updatedAt) {

    static TechnologyView withDetail(Technology t) {
        return new TechnologyView(t.getId(), t.getExpertId(), t.getName(), t.getFieldCode(), t.getMaturity(),
                t.getDescription(), t.getCooperationModes(), t.getPublicSummary(), t.getConfidentialDetail(),
                t.getCreatedAt(), t.getUpdatedAt());
    }

    static TechnologyView publicPart(Technology t) {
        return new TechnologyView(t.getId(), t.getExpertId(), t.getName(), t.getFieldCode(), t.getMaturity(),
                t.getDescription(), t.getCooperationModes(), t.getPublicSummary(), null, t.getCreatedAt(),
                t.getUpdatedAt());
    }
}
