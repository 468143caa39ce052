package com.gongxuhui.expert.solution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 技术方案: its title, the technical field it belongs to (a dictionary code, optional), what it does. */
public record SolutionForm(@NotBlank @Size(max = 200) String title, @Size(max = 40) String fieldCode,
        @NotBlank @Size(max = 4000) String description) {
}
