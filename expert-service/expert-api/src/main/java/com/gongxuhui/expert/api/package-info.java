/**
 * The contract of expert-service that other services compile against: the Feign client of its
 * queries (experts, achievements, technologies), the request/response records they carry and the event
 * records it publishes to {@code expert-events}. Records only, never entities; the capabilities arrive with
 * later issues.
 */
package com.gongxuhui.expert.api;
