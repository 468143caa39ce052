package com.gongxuhui.demand.demand;

/**
 * Which other institutions a demand is open to (需求公开). Publication keeps the openings and answers this; the
 * access rules ({@link DemandAccess}) ask through this interface so that the demand does not depend on the
 * feature built on it.
 */
public interface DemandOpenings {

    /** Whether the demand is open to the institution, one other than the demand's own. */
    boolean isOpenTo(long demandId, long institutionId);
}
