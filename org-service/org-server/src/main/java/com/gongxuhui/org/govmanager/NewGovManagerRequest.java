package com.gongxuhui.org.govmanager;

import com.gongxuhui.org.region.RegionCode;
import com.gongxuhui.common.validation.MobilePhone;
import com.gongxuhui.common.validation.StrongPassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NewGovManagerRequest(
        @NotBlank @Size(max = 50) String name,
        @NotBlank @MobilePhone String phone,
        @NotBlank @StrongPassword String password,
        @NotNull GovLevel level,
        @NotBlank @RegionCode String regionCode) {
}
