package com.gongxuhui.org.centre;

import java.time.Instant;

public record CentreView(long id, long institutionId, String name, String regionCode, String address,
        boolean legalPerson, String contactName, String contactPhone, boolean headOffice, Instant createdAt) {

    public static CentreView of(Centre c) {
        return new CentreView(c.getId(), c.getInstitutionId(), c.getName(), c.getRegionCode(), c.getAddress(),
                c.isLegalPerson(), c.getContactName(), c.getContactPhone(), c.isHeadOffice(), c.getCreatedAt());
    }
}
