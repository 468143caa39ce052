package com.gongxuhui.notify.delivery;

import com.gongxuhui.common.time.Backoff;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How deliveries are tried ({@code gxh.notify.delivery.*}): a failed attempt waits {@code initialBackoff}, then
 * twice as long each time up to {@code maxBackoff}; after {@code maxAttempts} it is FAILED. The worker claims up
 * to {@code batchSize} due deliveries every {@code pollInterval} and sends them on {@code senders} threads; the claim
 * is renewed every quarter {@code lease} while its batch is sent ({@link DeliveryClaim}), and a claim not renewed
 * within {@code lease} (the instance died) is taken up again.
 */
@ConfigurationProperties("gxh.notify.delivery")
public record DeliveryProperties(
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("30m") Duration maxBackoff,
        @DefaultValue("500") int batchSize,
        @DefaultValue("16") int senders,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("2m") Duration lease) {

    /** The wait after the {@code attempts}-th failed attempt. */
    Duration backoffAfter(int attempts) {
        return Backoff.doubling(initialBackoff, attempts, maxBackoff);
    }
}
