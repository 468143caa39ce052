package com.gongxuhui.score.rule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Map;

/** A region's new rule set: the points of every rule, valid from a day (today or later). */
public record RuleSetRequest(
        @NotNull @Pattern(regexp = "\\d{6}") String regionCode,
        @NotNull LocalDate validFrom,
        @NotEmpty Map<RuleCode, @NotNull @Min(0) @Max(100) Integer> points) {
}
