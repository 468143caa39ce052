package com.gongxuhui.demand.demand;

/** Who brought the demand in: a broker, an enterprise on the portal, or a municipal platform's open API. */
public enum DemandSource {
    STAFF,
    ENTERPRISE,
    OPEN_API
}
