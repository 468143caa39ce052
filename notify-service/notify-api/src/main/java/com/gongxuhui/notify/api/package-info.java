/**
 * The contract of notify-service: what other services may ask of it (records and Feign clients). Empty while
 * every notification is still triggered by another service's events.
 */
package com.gongxuhui.notify.api;
