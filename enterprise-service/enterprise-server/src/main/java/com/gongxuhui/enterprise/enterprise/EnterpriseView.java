package com.gongxuhui.enterprise.enterprise;

import java.time.Instant;
import java.time.LocalDate;

public record EnterpriseView(long id, String name, String uscc, String legalRepresentative, String registeredCapital,
        LocalDate establishedOn, String address, String businessScope, String industry, String regionCode,
        boolean mountainCounty, boolean verified, long creatorId, String creatorName, long creatorInstitutionId,
        Instant createdAt, Instant updatedAt) {

    public static EnterpriseView of(Enterprise e) {
        return new EnterpriseView(e.getId(), e.getName(), e.getUscc(), e.getLegalRepresentative(),
                e.getRegisteredCapital(), e.getEstablishedOn(), e.getAddress(), e.getBusinessScope(), e.getIndustry(),
                e.getRegionCode(), e.isMountainCounty(), e.isVerified(), e.getCreatorId(), e.getCreatorName(),
                e.getCreatorInstitutionId(), e.getCreatedAt(), e.getUpdatedAt());
    }
}
