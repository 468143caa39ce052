package com.gongxuhui.common.event;

/**
 * A consumer of events that an operator can hand a parked event back to ({@link DeadLetters#replay}): it applies
 * the message as it came from the broker (tag and body), at most once per event like any delivery.
 */
public interface EventConsumer {

    /** The name its {@code consumed_event} and {@code parked_event} rows carry; unique within the service. */
    String consumerName();

    void apply(String tag, byte[] body);
}
