/**
 * The contract of demand-service that other services compile against: the Feign client of its
 * queries, the request/response records they carry and the event records it publishes to
 * {@code demand-events} (e.g. {@code DemandApproved}). Records only, never entities; the capabilities
 * arrive with later issues.
 */
package com.gongxuhui.demand.api;
