package com.gongxuhui.expert.solution;

import java.time.Instant;

public record SolutionView(long id, long expertId, String title, String fieldCode, String description,
        Instant createdAt, Instant updatedAt) {

    public static SolutionView of(TechnicalSolution s) {
        return new SolutionView(s.getId(), s.getExpertId(), s.getTitle(), s.getFieldCode(), s.getDescription(),
                s.getCreatedAt(), s.getUpdatedAt());
    }
}
