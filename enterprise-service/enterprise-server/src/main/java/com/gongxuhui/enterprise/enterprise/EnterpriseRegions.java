package com.gongxuhui.enterprise.enterprise;

import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.api.region.MountainCountyStatus;
import com.gongxuhui.org.api.region.RegionClient;
import feign.FeignException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Regions as enterprises need them, asked of org-service (the one keeper of regions and of the dated
 * mountain-county lists). Whether an enterprise is in a mountain county is asked when its region is set and kept
 * with it: the list filters on a column instead of calling org-service per request, and the flag follows every
 * region edit. A change of the list itself (rare, by provincial decision) is not pushed to existing records.
 */
@Component
class EnterpriseRegions {

    private final RegionClient regions;

    EnterpriseRegions(RegionClient regions) {
        this.regions = regions;
    }

    /** Whether the region, which must exist, is a mountain county today; 400 {@code REGION_NOT_FOUND} if unknown. */
    boolean isMountainCounty(String code) {
        MountainCountyStatus status = known(code, () -> regions.region(code, null)).mountainCounty();
        return status != null && status.member();
    }

    /** The region and everything under it, for the list's region filter. */
    List<String> area(String code) {
        return known(code, () -> regions.descendants(code));
    }

    private static <T> T known(String code, Supplier<T> question) {
        try {
            return question.get();
        } catch (FeignException.NotFound | FeignException.BadRequest unknown) {
            throw ProblemException.badRequest("REGION_NOT_FOUND", code);
        }
    }
}
