package com.gongxuhui.expert.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the mini-program sends at a one-tap login: {@code code} from {@code wx.login()} and {@code phoneCode}
 * from the phone-number button ({@code getPhoneNumber}'s {@code code}); both are single-use and short-lived.
 */
public record LoginForm(@NotBlank @Size(max = 128) String code, @NotBlank @Size(max = 128) String phoneCode) {
}
