package com.gongxuhui.org.staff;

import com.gongxuhui.common.validation.MobilePhone;
import com.gongxuhui.common.validation.StrongPassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new broker (技转人员): the manual's form — phone, initial password, centre, position, name. */
public record NewStaffRequest(
        @NotBlank @MobilePhone String phone,
        @NotBlank @StrongPassword String password,
        @NotNull Long centreId,
        @Size(max = 50) String position,
        @NotBlank @Size(max = 50) String name,
        boolean centreAdmin) {
}
