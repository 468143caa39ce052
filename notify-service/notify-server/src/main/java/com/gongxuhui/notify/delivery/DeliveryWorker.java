package com.gongxuhui.notify.delivery;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.notify.api.PushDeliveryReported;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries: claims a batch ({@link DeliveryClaim}, renewed while the batch is sent, so that instances
 * never send the same row, however slow a provider is), sends them on a pool of threads, and records every outcome
 * of the batch in one transaction, together with the {@link PushDeliveryReported} of each push that has reached its
 * end.
 */
@Component
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int ANSWER_LIMIT = 1000;

    private final Map<ChannelType, Channel> channels = new EnumMap<>(ChannelType.class);
    private final DeliveryMapper deliveries;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final OutboxPublisher outbox;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final ExecutorService senders;
    /** Renews the claims of batches being sent, a few times per lease. */
    private final ScheduledExecutorService renewals;
    private final Duration renewEvery;

    DeliveryWorker(List<Channel> channels, DeliveryMapper deliveries, JdbcTemplate jdbc, TransactionTemplate transaction,
            OutboxPublisher outbox, DeliveryProperties properties, Clock clock) {
        channels.forEach(channel -> this.channels.put(channel.type(), channel));
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(properties.senders(), runnable -> {
            Thread thread = new Thread(runnable, "delivery-sender");
            thread.setDaemon(true);
            return thread;
        });
        this.renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "delivery-claim-renewal");
            thread.setDaemon(true);
            return thread;
        });
        this.renewEvery = properties.lease().dividedBy(4);
    }

    @Scheduled(fixedDelayString = "${gxh.notify.delivery.poll-interval:1s}")
    void poll() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.warn("Sending due deliveries failed; trying again at the next poll", e);
        }
    }

    /** Sends every delivery that is due now, batch after batch; returns how many were tried. */
    public int drain() {
        int tried = 0;
        while (true) {
            DeliveryClaim claim = claim();
            List<Delivery> batch = claim == null ? List.of() : claimed(claim);
            if (batch.isEmpty()) {
                return tried;
            }
            ScheduledFuture<?> renewal = renewals.scheduleWithFixedDelay(claim::renew, renewEvery.toMillis(),
                    renewEvery.toMillis(), TimeUnit.MILLISECONDS);
            List<SendOutcome> outcomes;
            try {
                List<CompletableFuture<SendOutcome>> sending = batch.stream()
                        .map(delivery -> CompletableFuture.supplyAsync(
                                () -> claim.allowsSending() ? send(delivery) : null, senders))
                        .toList();
                outcomes = sending.stream().map(CompletableFuture::join).toList();
            } finally {
                renewal.cancel(false);
            }
            List<Delivery> sent = new ArrayList<>();
            List<SendOutcome> sentOutcomes = new ArrayList<>();
            List<Long> untried = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (outcomes.get(i) == null) {
                    untried.add(batch.get(i).getId());
                } else {
                    sent.add(batch.get(i));
                    sentOutcomes.add(outcomes.get(i));
                }
            }
            if (!sent.isEmpty()) {
                record(sent, sentOutcomes);
            }
            claim.giveBack(untried);
            tried += sent.size();
            if (!untried.isEmpty()) {
                log.warn("{} deliveries of claim {} were not tried: the claim could not be renewed", untried.size(),
                        claim.token());
                return tried;
            }
        }
    }

    /** Claims up to a batch of due rows under a fresh token; null when none is due. */
    private DeliveryClaim claim() {
        Instant now = clock.instant();
        List<Long> due = jdbc.queryForList("SELECT id FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= ? "
                + "ORDER BY next_attempt_at, id LIMIT ?", Long.class, Timestamp.from(now), properties.batchSize());
        if (due.isEmpty()) {
            return null;
        }
        String lease = UUID.randomUUID().toString();
        List<Object> arguments = new ArrayList<>(List.of(lease, Timestamp.from(now.plus(properties.lease())),
                Timestamp.from(now)));
        arguments.addAll(due);
        jdbc.update("UPDATE delivery SET lease_token = ?, attempts = attempts + 1, next_attempt_at = ? "
                + "WHERE status = 'PENDING' AND next_attempt_at <= ? AND id IN ("
                + String.join(", ", Collections.nCopies(due.size(), "?")) + ")", arguments.toArray());
        return new DeliveryClaim(lease, now, properties.lease(), jdbc, clock);
    }

    private List<Delivery> claimed(DeliveryClaim claim) {
        return deliveries.selectList(Wrappers.<Delivery>lambdaQuery().eq(Delivery::getLeaseToken, claim.token()));
    }

    private SendOutcome send(Delivery delivery) {
        try {
            return channels.get(delivery.getChannel()).send(delivery);
        } catch (RuntimeException e) {
            log.warn("Delivery {} on {} failed unexpectedly", delivery.getId(), delivery.getChannel(), e);
            return SendOutcome.retry("unexpected: " + e);
        }
    }

    /**
     * Records the outcomes of a batch in one statement (a {@code CASE} per column): a batch of single-row updates
     * costs a round trip per row, which at the digest's 100 000 rows is most of the run.
     */
    private void record(List<Delivery> batch, List<SendOutcome> outcomes) {
        Instant now = clock.instant();
        List<Object> statuses = new ArrayList<>();
        List<Object> nextAttempts = new ArrayList<>();
        List<Object> answers = new ArrayList<>();
        List<Object> finishes = new ArrayList<>();
        List<Object> ids = new ArrayList<>();
        List<PushDeliveryReported> reports = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Delivery delivery = batch.get(i);
            SendOutcome outcome = outcomes.get(i);
            DeliveryStatus status = statusAfter(delivery, outcome);
            boolean pending = status == DeliveryStatus.PENDING;
            Instant next = pending ? now.plus(properties.backoffAfter(delivery.getAttempts())) : now;
            Collections.addAll(statuses, delivery.getId(), status.name());
            Collections.addAll(nextAttempts, delivery.getId(), Timestamp.from(next));
            Collections.addAll(answers, delivery.getId(), abbreviate(outcome.answer()));
            Collections.addAll(finishes, delivery.getId(), pending ? null : Timestamp.from(now));
            ids.add(delivery.getId());
            if (delivery.getPushId() != null && !pending) {
                reports.add(PushReports.report(delivery, status, outcome.answer(), now));
            }
        }
        String cases = String.join(" ", Collections.nCopies(batch.size(), "WHEN ? THEN ?"));
        List<Object> arguments = new ArrayList<>(statuses);
        arguments.addAll(nextAttempts);
        arguments.addAll(answers);
        arguments.addAll(finishes);
        arguments.add(batch.get(0).getLeaseToken());
        arguments.addAll(ids);
        transaction.executeWithoutResult(tx -> {
            jdbc.update("UPDATE delivery SET status = CASE id " + cases + " END, next_attempt_at = CASE id " + cases
                    + " END, provider_answer = CASE id " + cases + " END, finished_at = CASE id " + cases
                    + " END, lease_token = NULL WHERE lease_token = ? AND id IN ("
                    + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", arguments.toArray());
            reports.forEach(outbox::publish);
        });
    }

    private DeliveryStatus statusAfter(Delivery delivery, SendOutcome outcome) {
        return switch (outcome.result()) {
            case SENT -> DeliveryStatus.SENT;
            case NOT_CONFIGURED -> DeliveryStatus.NOT_SENT;
            case REJECTED -> DeliveryStatus.FAILED;
            case RETRY -> delivery.getAttempts() >= properties.maxAttempts() ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        };
    }

    private static String abbreviate(String answer) {
        return answer == null || answer.length() <= ANSWER_LIMIT ? answer : answer.substring(0, ANSWER_LIMIT - 1) + "…";
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
        renewals.shutdownNow();
    }
}
