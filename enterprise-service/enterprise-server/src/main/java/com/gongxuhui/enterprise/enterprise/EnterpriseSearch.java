package com.gongxuhui.enterprise.enterprise;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The list's filters: a name fragment or an exact credit code, a region (with everything under it), and whether
 * the enterprise is in a mountain county.
 */
public record EnterpriseSearch(@Size(max = 100) String keyword, @Pattern(regexp = "\\d{6}") String region,
        Boolean mountainCounty) {
}
