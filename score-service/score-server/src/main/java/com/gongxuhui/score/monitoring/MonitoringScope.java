package com.gongxuhui.score.monitoring;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.api.region.RegionLevel;
import com.gongxuhui.score.region.RegionDirectory;
import org.springframework.stereotype.Component;

/**
 * Who sees which monitoring figures: the one place of score-service's data scope. A bureau manager sees his
 * region (province all, a city its city and counties, a county itself); an institution administrator his own
 * institution, anywhere; a system administrator all. Everyone else, and any region outside one's own, is
 * refused (403). A {@code regionCode} asked for narrows the view inside that scope.
 */
@Component
public class MonitoringScope {

    static final String PROVINCE = "330000";

    private final RegionDirectory regions;

    public MonitoringScope(RegionDirectory regions) {
        this.regions = regions;
    }

    RollupFilter filterFor(CurrentUser user, String regionCode) {
        if (regionCode != null && !regions.exists(regionCode)) {
            throw ProblemException.badRequest("REGION_UNKNOWN", regionCode);
        }
        Long institution = null;
        String area;
        if (user.hasRole(Role.GOV_MANAGER) && regions.exists(user.regionCode())) {
            area = user.regionCode();
        } else if (user.hasRole(Role.SYS_ADMIN)) {
            area = PROVINCE;
        } else if (user.hasRole(Role.INST_ADMIN) && user.institutionId() != null) {
            area = PROVINCE;
            institution = user.institutionId();
        } else {
            throw ProblemException.forbidden("FORBIDDEN");
        }
        String focus = regionCode == null ? area : regionCode;
        if (!regions.contains(area, focus)) {
            throw ProblemException.forbidden("REGION_OUT_OF_SCOPE", focus);
        }
        RegionLevel level = regions.find(focus).orElseThrow().level();
        return new RollupFilter(institution, level == RegionLevel.CITY ? focus : null,
                level == RegionLevel.COUNTY ? focus : null);
    }

    /** A bureau manager's region contains the broker's; for the ledger's access check. */
    public boolean managesRegion(CurrentUser user, String regionCode) {
        return user.hasRole(Role.GOV_MANAGER) && regions.exists(user.regionCode()) && regionCode != null
                && regions.contains(user.regionCode(), regionCode);
    }
}
