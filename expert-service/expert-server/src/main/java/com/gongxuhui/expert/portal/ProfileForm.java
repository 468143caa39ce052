package com.gongxuhui.expert.portal;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an expert edits of himself in the mini-program (个人信息). Not his name or phone: the phone is his login
 * and his institution's administrator keeps both.
 */
public record ProfileForm(
        @Size(max = 100) String organisation,
        @Size(max = 50) String title,
        @NotNull @NotEmpty @Size(max = 10) List<@NotNull @Size(min = 1, max = 40) String> fields,
        @Size(max = 2000) String introduction) {
}
