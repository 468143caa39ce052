package com.gongxuhui.enterprise.contact;

import com.gongxuhui.common.validation.MobilePhone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ContactForm(@NotBlank @Size(max = 50) String name, @Size(max = 50) String position,
        @NotBlank @MobilePhone String phone) {
}
