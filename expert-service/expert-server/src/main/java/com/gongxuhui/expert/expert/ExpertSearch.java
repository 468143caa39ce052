package com.gongxuhui.expert.expert;

import jakarta.validation.constraints.Size;

/** Filters of the expert list: a name fragment, a research field (code), an organisation fragment. */
public record ExpertSearch(@Size(max = 50) String name, @Size(max = 40) String field,
        @Size(max = 100) String organisation) {
}
