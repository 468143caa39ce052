package com.gongxuhui.enterprise.api;

/** A contact person of an enterprise (联系人): what a broker needs to call him. */
public record ContactSummary(long id, String name, String position, String phone) {
}
