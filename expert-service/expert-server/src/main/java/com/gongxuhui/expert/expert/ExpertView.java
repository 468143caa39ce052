package com.gongxuhui.expert.expert;

import java.time.Instant;
import java.util.List;

/** An expert in lists and as the core of his detail page. */
public record ExpertView(long id, String name, String phone, String organisation, String title, List<String> fields,
        String introduction, long institutionId, boolean followsOfficialAccount, Instant createdAt, Instant updatedAt) {

    public static ExpertView of(Expert e, List<String> fields) {
        return new ExpertView(e.getId(), e.getName(), e.getPhone(), e.getOrganisation(), e.getTitle(), fields,
                e.getIntroduction(), e.getInstitutionId(), e.isFollowsOfficialAccount(), e.getCreatedAt(),
                e.getUpdatedAt());
    }
}
