package com.gongxuhui.expert.expert;

import com.gongxuhui.common.validation.MobilePhone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The expert form of the manual (add and edit): the phone is his WeChat login and must be unique on the
 * platform; research fields are codes of the shared field dictionary ({@code GET /api/fields}).
 */
public record ExpertForm(
        @NotBlank @Size(max = 50) String name,
        @NotBlank @MobilePhone String phone,
        @Size(max = 100) String organisation,
        @Size(max = 50) String title,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 40) String> fields,
        @Size(max = 2000) String introduction) {
}
