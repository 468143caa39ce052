package com.gongxuhui.notify.digest;

import com.gongxuhui.common.time.ProvinceTime;
import com.gongxuhui.notify.delivery.ChannelType;
import com.gongxuhui.notify.delivery.Deliveries;
import com.gongxuhui.notify.delivery.DeliveryWorker;
import com.gongxuhui.notify.delivery.OutgoingMessage;
import com.gongxuhui.notify.delivery.RecipientKind;
import com.gongxuhui.notify.delivery.PushReports;
import com.gongxuhui.notify.notification.NotificationKind;
import com.gongxuhui.notify.notification.NotificationTexts;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The daily 16:00 digest (每日16点推送): every expert subscribed to a field gets ONE WeChat message listing the
 * demands approved in his fields since the last digest ({@link DigestWindows}). Sharding-aware: shard {@code index}
 * of {@code total} takes the experts whose id ≡ index (mod total). The messages are recorded under the cause
 * {@code digest:<date>} (so a re-run of the same day records nothing new) and then sent by the delivery worker, in
 * this run, so that the run ends when the messages have gone.
 */
@Service
public class ExpertDigest {

    private static final Logger log = LoggerFactory.getLogger(ExpertDigest.class);
    private static final int FLUSH_EVERY = 2000;
    /** A template message's field is short: the first few titles, then "等" and the count says the rest. */
    private static final int TITLES_SHOWN = 5;

    /** What one run did: how many experts got a new message, and how many deliveries were sent off. */
    public record Result(LocalDate day, int demands, int messages, int sent) {
    }

    /** {@code order}: its place in approval order, so that every digest lists its demands as they were approved. */
    private record Demand(int order, String title) {
    }

    private final JdbcTemplate jdbc;
    private final DigestWindows windows;
    private final Deliveries deliveries;
    private final DeliveryWorker worker;
    private final NotificationTexts texts;
    private final Clock clock;

    ExpertDigest(JdbcTemplate jdbc, DigestWindows windows, Deliveries deliveries, DeliveryWorker worker,
            NotificationTexts texts, Clock clock) {
        this.jdbc = jdbc;
        this.windows = windows;
        this.deliveries = deliveries;
        this.worker = worker;
        this.texts = texts;
        this.clock = clock;
    }

    public Result run(int shardIndex, int shardTotal) {
        int total = Math.max(shardTotal, 1);
        LocalDate day = LocalDate.now(clock.withZone(ProvinceTime.ZONE));
        DigestWindows.Window window = windows.of(day);
        Map<String, List<Demand>> byField = new HashMap<>();
        int[] approvalOrder = {0};
        jdbc.query("SELECT demand_id, title, field_code FROM approved_demand WHERE approved_at >= ? AND approved_at < ? "
                        + "AND field_code IS NOT NULL ORDER BY approved_at, demand_id",
                rs -> {
                    byField.computeIfAbsent(rs.getString("field_code"), f -> new ArrayList<>())
                            .add(new Demand(approvalOrder[0]++, rs.getString("title")));
                }, Timestamp.from(window.from()), Timestamp.from(window.to()));
        int demands = byField.values().stream().mapToInt(List::size).sum();
        if (byField.isEmpty()) {
            return new Result(day, 0, 0, 0);
        }
        Recorder recorder = new Recorder("digest:" + day);
        List<Object> arguments = new ArrayList<>(byField.keySet());
        arguments.add(total);
        arguments.add(shardIndex);
        // one row per subscription, ordered by expert, so that each expert's fields arrive together
        jdbc.query("SELECT s.expert_id, s.field_code, e.open_id, e.following FROM expert_subscription s "
                        + "JOIN known_expert e ON e.expert_id = s.expert_id WHERE s.field_code IN ("
                        + String.join(", ", Collections.nCopies(byField.size(), "?")) + ") AND MOD(s.expert_id, ?) = ? "
                        + "ORDER BY s.expert_id",
                rs -> {
                    recorder.subscription(rs.getLong("expert_id"), rs.getString("open_id"), rs.getBoolean("following"),
                            byField.get(rs.getString("field_code")));
                }, arguments.toArray());
        recorder.finish();
        int sent = worker.drain();
        log.info("Digest {} shard {}/{}: {} demands, {} new messages, {} deliveries sent", day, shardIndex, total, demands,
                recorder.recorded, sent);
        return new Result(day, demands, recorder.recorded, sent);
    }

    /** Collects one expert's demands at a time and records the messages in batches. */
    private final class Recorder {

        private final String cause;
        private final List<OutgoingMessage> reachable = new ArrayList<>();
        private final List<OutgoingMessage> notFollowing = new ArrayList<>();
        private long expertId = -1;
        private String openId;
        private boolean following;
        private final Set<Demand> demands = new TreeSet<>(Comparator.comparingInt(Demand::order));
        private int recorded;

        Recorder(String cause) {
            this.cause = cause;
        }

        void subscription(long expert, String openId, boolean following, List<Demand> fieldDemands) {
            if (expert != expertId) {
                complete();
                this.expertId = expert;
                this.openId = openId;
                this.following = following;
            }
            demands.addAll(fieldDemands);
        }

        void finish() {
            complete();
            flush();
        }

        private void complete() {
            if (expertId < 0 || demands.isEmpty()) {
                return;
            }
            OutgoingMessage message = new OutgoingMessage(cause, RecipientKind.EXPERT, expertId, ChannelType.WECHAT,
                    NotificationKind.DAILY_DIGEST, openId, texts.title(NotificationKind.DAILY_DIGEST), body(), null, null);
            (following && openId != null ? reachable : notFollowing).add(message);
            demands.clear();
            if (reachable.size() + notFollowing.size() >= FLUSH_EVERY) {
                flush();
            }
        }

        private String body() {
            String titles = String.join("；", demands.stream().limit(TITLES_SHOWN).map(Demand::title).toList());
            return texts.body(NotificationKind.DAILY_DIGEST, demands.size(),
                    demands.size() > TITLES_SHOWN ? titles + "等" : titles);
        }

        private void flush() {
            recorded += deliveries.enqueue(reachable);
            recorded += deliveries.recordNotSent(notFollowing,
                    PushReports.NOT_FOLLOWING + ": the expert does not follow the official account");
            reachable.clear();
            notFollowing.clear();
        }
    }
}
