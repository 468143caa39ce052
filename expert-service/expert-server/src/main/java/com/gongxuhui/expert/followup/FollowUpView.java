package com.gongxuhui.expert.followup;

import java.time.Instant;

public record FollowUpView(long id, long expertId, FollowUpType type, Instant happenedAt, String content,
        long authorId, String authorName, Instant createdAt, Instant updatedAt) {

    public static FollowUpView of(ExpertFollowUp f) {
        return new FollowUpView(f.getId(), f.getExpertId(), f.getType(), f.getHappenedAt(), f.getContent(),
                f.getAuthorId(), f.getAuthorName(), f.getCreatedAt(), f.getUpdatedAt());
    }
}
