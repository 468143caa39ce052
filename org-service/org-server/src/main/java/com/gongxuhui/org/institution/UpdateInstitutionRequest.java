package com.gongxuhui.org.institution;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;

/** What an institution's administrator may change (the manual's list); name, USCC and region are fixed. */
public record UpdateInstitutionRequest(
        @NotNull InstitutionType type,
        @NotEmpty Set<@NotNull ServiceType> serviceTypes,
        @NotNull @DecimalMin("5.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal minFeeRatio,
        @Size(max = 2000) String introduction,
        @Size(max = 50) String headName) {
}
