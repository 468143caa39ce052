package com.gongxuhui.org.institution;

import com.gongxuhui.org.region.RegionCode;
import com.gongxuhui.common.validation.MobilePhone;
import com.gongxuhui.common.validation.StrongPassword;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A new institution with its administrator. {@code usccCheckOverride} accepts a code whose check character
 * does not compute (a few real, old codes) — the code must still be well formed otherwise.
 */
public record RegisterInstitutionRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank String uscc,
        boolean usccCheckOverride,
        @NotNull InstitutionType type,
        @NotEmpty Set<@NotNull ServiceType> serviceTypes,
        @NotBlank @RegionCode String regionCode,
        @NotNull @DecimalMin("5.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal minFeeRatio,
        @Size(max = 2000) String introduction,
        @Size(max = 50) String headName,
        @NotNull @Valid Administrator admin) {

    public record Administrator(@NotBlank @Size(max = 50) String name, @NotBlank @MobilePhone String phone,
            @NotBlank @StrongPassword String password) {
    }
}
