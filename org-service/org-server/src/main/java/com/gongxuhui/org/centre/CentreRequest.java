package com.gongxuhui.org.centre;

import com.gongxuhui.org.region.RegionCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A centre's details: its region must be a Zhejiang city or county; the contact phone may be a landline. */
public record CentreRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @RegionCode String regionCode,
        @Size(max = 200) String address,
        boolean legalPerson,
        @Size(max = 50) String contactName,
        @Pattern(regexp = "[0-9+\\-]{7,20}") String contactPhone) {
}
