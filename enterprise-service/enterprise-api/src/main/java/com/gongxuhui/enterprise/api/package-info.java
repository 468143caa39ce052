/**
 * The contract of enterprise-service that other services compile against: the Feign client of its
 * directory ({@link com.gongxuhui.enterprise.api.EnterpriseDirectoryClient}), the summaries it returns and
 * the event records it publishes to {@code enterprise-events}. Records only, never entities.
 */
package com.gongxuhui.enterprise.api;
