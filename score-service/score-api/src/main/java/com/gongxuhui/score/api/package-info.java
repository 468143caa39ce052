/**
 * The contract of score-service that other services compile against: the Feign client of its
 * queries (point balances, monitoring figures), the request/response records they carry and the event
 * records it publishes to {@code score-events}. Records only, never entities; the capabilities arrive with
 * later issues.
 */
package com.gongxuhui.score.api;
