package com.gongxuhui.org.expertlogin;

import com.gongxuhui.common.validation.MobilePhone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Who expert-service vouches for: its expert record, his phone (confirmed by WeChat), name and institution. */
public record ExpertIdentity(@NotNull @Positive Long expertId, @NotBlank @MobilePhone String phone,
        @NotBlank @Size(max = 50) String name, @NotNull @Positive Long institutionId) {
}
