package com.gongxuhui.enterprise.api;

import java.util.List;

/** What other services need of an enterprise: who it is, where it is, and whom to call there. */
public record EnterpriseSummary(long id, String name, String uscc, String regionCode, List<ContactSummary> contacts) {
}
