/**
 * The contract of expert-service that other services compile against: the Feign client of its queries
 * ({@link com.gongxuhui.expert.api.ExpertDirectoryClient}), the records it carries and the event records it
 * publishes to {@code expert-events}. Records only, never entities.
 */
package com.gongxuhui.expert.api;
