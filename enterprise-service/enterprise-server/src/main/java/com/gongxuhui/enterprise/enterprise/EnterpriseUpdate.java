package com.gongxuhui.enterprise.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Corrections to a recorded enterprise: everything but its credit code, which is what it is. */
public record EnterpriseUpdate(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String legalRepresentative,
        @Size(max = 100) String registeredCapital,
        @PastOrPresent LocalDate establishedOn,
        @Size(max = 500) String address,
        @Size(max = 10000) String businessScope,
        @Size(max = 100) String industry,
        @NotBlank @Pattern(regexp = "\\d{6}") String regionCode) {
}
