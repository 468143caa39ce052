package com.gongxuhui.expert.achievement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 科研成果: what it is, when it was achieved (not in the future), a description. */
public record AchievementForm(@NotBlank @Size(max = 200) String title, @PastOrPresent LocalDate achievedOn,
        @Size(max = 4000) String description) {
}
