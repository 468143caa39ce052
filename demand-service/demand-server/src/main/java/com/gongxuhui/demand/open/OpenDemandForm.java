package com.gongxuhui.demand.open;

import com.gongxuhui.common.validation.MobilePhone;
import com.gongxuhui.demand.demand.DemandType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A demand as a municipal platform submits it for an enterprise: the demand form without the fee ratio (the
 * claiming institution sets it) and with the enterprise as the platform knows it. {@code externalId} is the
 * platform's own id of the demand: sending the same one again returns the demand already created. The
 * USCC is checked against GB 32100 by {@link OpenDemands}.
 */
public record OpenDemandForm(
        @NotBlank @Size(max = 64) String externalId,
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 4000) String description,
        @NotNull DemandType type,
        @NotBlank @Size(max = 40) String fieldCode,
        @Size(max = 50) String industry,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal budget,
        @Size(max = 50) String cooperationMode,
        LocalDate deadline,
        @NotNull @Valid Enterprise enterprise) {

    public record Enterprise(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 18) String uscc,
            @NotBlank @Size(max = 50) String contactName,
            @NotBlank @MobilePhone String contactPhone) {
    }
}
