package com.gongxuhui.demand.demand;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The demand form of the manual (submit, and edit before a resubmission). Money in yuan with two decimals;
 * the fee ratio in percent with two decimals, at least the institution's minimum (checked against org-service).
 */
public record DemandForm(
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 4000) String description,
        @NotNull DemandType type,
        @NotBlank @Size(max = 40) String fieldCode,
        @Size(max = 50) String industry,
        @Positive Long enterpriseId,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal budget,
        @Size(max = 50) String cooperationMode,
        LocalDate deadline,
        @NotNull @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal feeRatio) {
}
