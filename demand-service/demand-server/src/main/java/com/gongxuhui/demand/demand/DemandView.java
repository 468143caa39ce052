package com.gongxuhui.demand.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A demand in lists and as the core of its detail page. Institution, centre, submitter and handler are empty
 * while an open-API demand waits in the pool.
 */
public record DemandView(long id, String title, String description, DemandType type, String fieldCode,
        String industry, Long enterpriseId, BigDecimal budget, String cooperationMode, LocalDate deadline,
        BigDecimal feeRatio, DemandSource source, DemandStatus status, String rejectReason, String closeReason,
        Long submitterId, String submitterName, Long institutionId, Long centreId, String regionCode,
        Long handlerId, String handlerName, Instant submittedAt, Instant reviewedAt, Instant closedAt,
        Instant updatedAt) {

    public static DemandView of(Demand d) {
        return new DemandView(d.getId(), d.getTitle(), d.getDescription(), d.getType(), d.getFieldCode(),
                d.getIndustry(), d.getEnterpriseId(), d.getBudget(), d.getCooperationMode(), d.getDeadline(),
                d.getFeeRatio(), d.getSource(), d.getStatus(), d.getRejectReason(), d.getCloseReason(),
                d.getSubmitterId(), d.getSubmitterName(), d.getInstitutionId(), d.getCentreId(), d.getRegionCode(),
                d.getHandlerId(), d.getHandlerName(), d.getSubmittedAt(), d.getReviewedAt(), d.getClosedAt(),
                d.getUpdatedAt());
    }
}
