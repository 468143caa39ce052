package com.gongxuhui.score.organisation;

import com.gongxuhui.common.event.OrgCoordinates;

/** A broker (staff or centre administrator) where he works now. */
public record StaffPlace(long accountId, String name, Long institutionId, Long centreId, String regionCode,
        boolean enabled) {

    public OrgCoordinates coordinates() {
        return new OrgCoordinates(institutionId, centreId, regionCode);
    }
}
