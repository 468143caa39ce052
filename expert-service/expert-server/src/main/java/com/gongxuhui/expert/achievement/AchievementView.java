package com.gongxuhui.expert.achievement;

import java.time.Instant;
import java.time.LocalDate;

public record AchievementView(long id, long expertId, String title, LocalDate achievedOn, String description,
        Instant createdAt, Instant updatedAt) {

    public static AchievementView of(ResearchAchievement a) {
        return new AchievementView(a.getId(), a.getExpertId(), a.getTitle(), a.getAchievedOn(), a.getDescription(),
                a.getCreatedAt(), a.getUpdatedAt());
    }
}
