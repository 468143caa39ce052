package com.gongxuhui.common.event;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gauges an operator alerts on, read from the database at each scrape so that every instance reports the
 * service's true state, whichever instance holds the relay lease: {@code gxh.outbox.lag} (seconds the oldest
 * unsent row has waited), {@code gxh.outbox.parked} and {@code gxh.events.parked.waiting}. The counters
 * {@code gxh.events.parked} and {@code gxh.events.duplicates} are kept where they happen.
 */
public class EventMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(EventMetrics.class);

    private final ParkedOutbox outbox;
    private final DeadLetters deadLetters;

    public EventMetrics(ParkedOutbox outbox, DeadLetters deadLetters) {
        this.outbox = outbox;
        this.deadLetters = deadLetters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "gxh.outbox.lag", "seconds", outbox, ParkedOutbox::lagSeconds,
                "Age of the oldest outbox row not yet sent");
        gauge(registry, "gxh.outbox.parked", "rows", outbox, ParkedOutbox::parked, "Outbox rows the relay gave up on");
        gauge(registry, "gxh.events.parked.waiting", "events", deadLetters, DeadLetters::waiting,
                "Parked events not replayed yet");
    }

    private static <T> void gauge(MeterRegistry registry, String name, String unit, T source, ToDoubleFunction<T> value,
            String description) {
        Gauge.builder(name, source, s -> {
            try {
                return value.applyAsDouble(s);
            } catch (RuntimeException e) {
                log.debug("{} could not be read", name, e);
                return Double.NaN;
            }
        }).baseUnit(unit).description(description).register(registry);
    }
}
