package com.gongxuhui.enterprise.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new enterprise: the facts of a confirmed lookup, or typed in by hand when the registry cannot be asked. The
 * registry is asked again on save: when it answers, what it says is recorded (the credit code must match) and the
 * record is verified; when it cannot answer, the form is recorded as typed, unverified. The region is the user's
 * choice (the lookup proposes one).
 */
public record EnterpriseForm(
        @NotBlank @Size(max = 100) String name,
        @NotBlank String uscc,
        @Size(max = 100) String legalRepresentative,
        @Size(max = 100) String registeredCapital,
        @PastOrPresent LocalDate establishedOn,
        @Size(max = 500) String address,
        @Size(max = 10000) String businessScope,
        @Size(max = 100) String industry,
        @NotBlank @Pattern(regexp = "\\d{6}") String regionCode) {
}
