package com.gongxuhui.org.api;

public record CentreSummary(long id, long institutionId, String name, String regionCode, boolean headOffice) {
}
