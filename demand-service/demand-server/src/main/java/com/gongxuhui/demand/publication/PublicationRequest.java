package com.gongxuhui.demand.publication;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** 需求公开: to all institutions or to named ones, at the fee ratio the accepting institution will promise. */
public record PublicationRequest(@NotNull PublicationScope scope, @Size(max = 100) List<@NotNull @Positive Long> institutionIds,
        @NotNull @DecimalMin("5.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal feeRatePercent) {
}
