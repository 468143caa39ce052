package com.gongxuhui.common.event;

import java.time.Instant;
import java.util.UUID;

/**
 * An event that crosses services. Every event says who did what to which aggregate, when, and where in the
 * organisation it happened, so that consumers can scope it without calling back.
 */
public interface IntegrationEvent {

    UUID eventId();

    Instant occurredAt();

    Actor actor();

    String aggregateId();

    OrgCoordinates coordinates();

    /**
     * The message tag and the consumers' selector: the record's simple name, e.g. {@code AccountCreated}. Not
     * called {@code type()}, so that an event may have a {@code type} component of its own.
     */
    default String eventType() {
        return getClass().getSimpleName();
    }
}
