package com.gongxuhui.org.institution;

import com.gongxuhui.org.region.RegionCode;
import jakarta.validation.constraints.Size;

/** Filters of the institution list: a name fragment or an exact USCC, a type, a region (and its sub-regions). */
public record InstitutionSearch(@Size(max = 100) String keyword, InstitutionType type,
        @RegionCode String regionCode) {
}
