package com.gongxuhui.demand.project;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** 对接成功项目登记: the contract as signed. Amounts in yuan, two decimals. */
public record ProjectForm(
        @NotBlank @Size(max = 100) String name,
        @NotNull ProjectCategory category,
        @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal contractAmount,
        @NotNull @PastOrPresent LocalDate signedOn,
        @NotBlank @Size(max = 50) String leader,
        @Size(max = 500) String members,
        @NotBlank @Size(max = 100) String undertakingUnit,
        @Size(max = 50) String subjectType,
        @Size(max = 50) String cooperationMode) {
}
