package com.gongxuhui.org.api;

import java.util.Set;

/** A person's organisational place: what another service stamps on the objects he creates. */
public record StaffSummary(long accountId, String name, String phone, Set<String> roles, Long institutionId,
        Long centreId, String regionCode, boolean enabled) {
}
