package com.gongxuhui.org.institution;

import java.util.Collection;
import java.util.List;

/**
 * Where institutions run centres: a bureau manager also sees the institutions with a centre in his region
 * ({@link InstitutionAccess}). The centre feature answers it, as it depends on institutions and not the other way.
 */
public interface CentreLocations {

    /** Institutions that run a centre in one of these regions. */
    List<Long> institutionsWithCentreIn(Collection<String> regionCodes);

    /** The regions of the institution's centres. */
    List<String> centreRegionsOf(long institutionId);
}
