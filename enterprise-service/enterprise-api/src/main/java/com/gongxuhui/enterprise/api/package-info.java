/**
 * The contract of enterprise-service that other services compile against: the Feign client of its
 * queries (enterprises, contacts, visits), the request/response records they carry and the event records it
 * publishes to {@code enterprise-events}. Records only, never entities; the capabilities arrive with later
 * issues.
 */
package com.gongxuhui.enterprise.api;
