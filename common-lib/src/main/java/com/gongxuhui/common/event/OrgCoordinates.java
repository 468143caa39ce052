package com.gongxuhui.common.event;

/** Where in the organisation an event belongs: institution, local centre and region code (each may be empty). */
public record OrgCoordinates(Long institutionId, Long centreId, String regionCode) {

    public static OrgCoordinates none() {
        return new OrgCoordinates(null, null, null);
    }
}
