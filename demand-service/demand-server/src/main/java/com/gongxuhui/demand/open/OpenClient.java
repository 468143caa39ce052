package com.gongxuhui.demand.open;

/**
 * A municipal platform calling the open API, as the gateway vouched for it after checking its signature:
 * its app key, its platform id and the region it serves.
 */
public record OpenClient(String appKey, String platformId, String regionCode) {
}
