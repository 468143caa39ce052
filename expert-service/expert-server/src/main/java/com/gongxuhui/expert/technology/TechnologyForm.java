package com.gongxuhui.expert.technology;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * 技术发布: a technology as the expert describes it. {@code maturity} is the technology readiness level (TRL 1
 * basic principles observed … 9 proven in operation); {@code fieldCode} a code of the shared field dictionary.
 * {@code publicSummary} is what anyone shown the technology reads, {@code confidentialDetail} only the expert and
 * his maintaining institution.
 */
public record TechnologyForm(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 40) String fieldCode,
        @NotNull @Min(1) @Max(9) Integer maturity,
        @Size(max = 4000) String description,
        @NotEmpty @Size(max = 6) Set<@NotNull CooperationMode> cooperationModes,
        @NotBlank @Size(max = 500) String publicSummary,
        @Size(max = 4000) String confidentialDetail) {
}
