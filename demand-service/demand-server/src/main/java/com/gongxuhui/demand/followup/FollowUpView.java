package com.gongxuhui.demand.followup;

import java.time.Instant;

public record FollowUpView(long id, FollowUpType type, Instant happenedAt, String content, long authorId,
        String authorName, Instant createdAt) {

    public static FollowUpView of(FollowUp f) {
        return new FollowUpView(f.getId(), f.getType(), f.getHappenedAt(), f.getContent(), f.getAuthorId(),
                f.getAuthorName(), f.getCreatedAt());
    }
}
