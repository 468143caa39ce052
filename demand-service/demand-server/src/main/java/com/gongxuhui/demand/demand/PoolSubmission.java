package com.gongxuhui.demand.demand;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A demand as a municipal platform brings it into the pool: its content, the platform with its region and own id
 * of the demand, and the enterprise as the platform knows it (not one of enterprise-service's records).
 */
public record PoolSubmission(String platformId, String regionCode, String externalId, String title,
        String description, DemandType type, String fieldCode, String industry, BigDecimal budget,
        String cooperationMode, LocalDate deadline, String enterpriseName, String enterpriseUscc, String contactName,
        String contactPhone) {
}
