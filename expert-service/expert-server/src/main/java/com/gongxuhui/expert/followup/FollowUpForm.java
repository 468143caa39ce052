package com.gongxuhui.expert.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** 专家跟进记录: type, when it happened (not in the future), what was said or done. */
public record FollowUpForm(@NotNull FollowUpType type, @NotNull @PastOrPresent OffsetDateTime happenedAt,
        @NotBlank @Size(max = 2000) String content) {
}
