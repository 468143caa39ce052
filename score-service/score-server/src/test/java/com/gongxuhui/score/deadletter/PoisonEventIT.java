package com.gongxuhui.score.deadletter;

import static com.gongxuhui.score.ScoreEvents.approved;
import static com.gongxuhui.score.ScoreEvents.staffCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.test.EveryContextsCounters;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import com.gongxuhui.common.test.TestTokens;
import com.gongxuhui.demand.api.DemandApproved;
import com.gongxuhui.score.ScoreEvents;
import com.gongxuhui.score.ScoreTestBase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * The money case of a poison event: a {@code DemandApproved} whose points the ledger refuses every time (a database
 * trigger stands for the defect) is parked after {@code gxh.events.consumer.max-attempts} deliveries from the real
 * broker while the other brokers' approvals are booked; the operator sees it with its error, and once the defect is
 * gone his replay books its points exactly once, however often it is replayed or delivered again.
 */
@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
class PoisonEventIT extends ScoreTestBase {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 20);
    private static final String CONSUMER = "score-demand-approved";

    @Test
    void aPoisonEventIsParkedWhileTheOthersAreBookedAndItsReplayBooksItOnce() {
        long institution = ScoreEvents.nextId();
        OrgCoordinates place = new OrgCoordinates(institution, ScoreEvents.nextId(), "330106");
        long poisoned = ScoreEvents.nextId();
        List<Long> healthy = List.of(ScoreEvents.nextId(), ScoreEvents.nextId(), ScoreEvents.nextId());
        String trigger = "refuse_points_" + poisoned;
        jdbc.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON ledger_entry FOR EACH ROW IF NEW.staff_id = "
                + poisoned + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger defect refuses broker "
                + poisoned + "'; END IF");
        double parkedBefore = counted("gxh.events.parked");
        publishAndAwait(List.of(staffCreated(poisoned, "毒丸", place, DAY.minusDays(1))));
        publishAndAwait(healthy.stream().map(broker -> staffCreated(broker, "正常", place, DAY.minusDays(1))).toList());

        DemandApproved poison = approved(poisoned, place, DAY);
        List<DemandApproved> others = healthy.stream().map(broker -> approved(broker, place, DAY)).toList();
        wire().send(poison);
        // the others are booked while the poison is retried and parked: neither waits for the other (which of the
        // two ends first depends only on the machine's load, so no order is asserted)
        publishAndAwait(others);

        await().atMost(Duration.ofMinutes(2)).until(() -> parkedRow(poison) != null);
        Map<String, Object> parked = parkedRow(poison);
        assertThat(parked.get("attempts")).isEqualTo(8);
        assertThat(counted("gxh.events.parked")).isEqualTo(parkedBefore + 1);
        for (long broker : healthy) {
            assertThat(points(broker)).isEqualTo(2);
        }
        assertThat(points(poisoned)).isZero();

        JsonNode listed = api().get("/api/ops/score-service/parked-events?waiting=true", "Authorization", sysAdmin())
                .json();
        JsonNode entry = StreamSupport.stream(listed.path("items").spliterator(), false)
                .filter(item -> item.path("eventId").asText().equals(poison.eventId().toString())).findFirst()
                .orElseThrow();
        assertThat(entry.path("consumer").asText()).isEqualTo(CONSUMER);
        assertThat(entry.path("tag").asText()).isEqualTo("DemandApproved");
        assertThat(entry.path("lastError").asText()).contains("ledger defect refuses broker " + poisoned);
        assertThat(api().get("/api/ops/score-service/parked-events", "Authorization",
                bearer(poisoned, "STAFF", Map.of("inst", institution))).status()).isEqualTo(403);

        long id = entry.path("id").asLong();
        Response stillFailing = replay(id);
        assertThat(stillFailing.status()).isEqualTo(409);
        assertThat(stillFailing.code()).isEqualTo("PARKED_EVENT_STILL_FAILS");
        assertThat(points(poisoned)).isZero();

        jdbc.execute("DROP TRIGGER " + trigger);
        Response replayed = replay(id);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().path("replayedAt").isMissingNode()).isFalse();
        assertThat(points(poisoned)).isEqualTo(2);

        assertThat(replay(id).status()).isEqualTo(200);
        // read before the send: the broker may deliver and the consumer count the duplicate before the next line
        double duplicates = counted("gxh.events.duplicates");
        wire().send(poison);
        await().atMost(Duration.ofSeconds(60)).until(
                () -> counted("gxh.events.duplicates") > duplicates);
        assertThat(points(poisoned)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE source_event_id = ?", Long.class,
                poison.eventId().toString())).isEqualTo(1);
        assertThat(api().get("/api/ops/score-service/parked-events?waiting=true", "Authorization", sysAdmin()).json()
                .path("items").findValuesAsText("eventId")).doesNotContain(poison.eventId().toString());
    }

    /**
     * A lost deadlock is not poison. A trigger stands for the other transaction: the first twelve times this broker's
     * approval reaches the ledger it answers with MariaDB's deadlock error (counted by a sequence, which a rollback
     * does not undo). Twelve losses are more than the deliveries that park an event, so the approval is booked,
     * once, only because each delivery tries again in place.
     */
    @Test
    void aDeadlockVictimIsTriedAgainInPlaceAndBookedOnceNeverParked() {
        long institution = ScoreEvents.nextId();
        OrgCoordinates place = new OrgCoordinates(institution, ScoreEvents.nextId(), "330106");
        long broker = ScoreEvents.nextId();
        String losses = "deadlocks_" + broker;
        jdbc.execute("CREATE SEQUENCE " + losses + " START WITH 1 NOCACHE");
        jdbc.execute("CREATE TRIGGER " + losses + " BEFORE INSERT ON ledger_entry FOR EACH ROW IF NEW.staff_id = "
                + broker + " AND NEXTVAL(" + losses + ") <= 12 THEN SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213, "
                + "MESSAGE_TEXT = 'Deadlock found when trying to get lock; try restarting transaction'; END IF");
        try {
            publishAndAwait(List.of(staffCreated(broker, "常败", place, DAY.minusDays(1))));
            double retriedBefore = counted("gxh.events.lock-retries");
            DemandApproved approval = approved(broker, place, DAY);

            wire().send(approval);

            await().atMost(Duration.ofMinutes(2)).until(() -> parkedRow(approval) != null || consumed(approval));
            assertThat(parkedRow(approval)).as("parked").isNull();
            assertThat(points(broker)).isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT NEXTVAL(" + losses + ")", Long.class)).as("ledger inserts tried")
                    .isEqualTo(14);
            assertThat(counted("gxh.events.lock-retries") - retriedBefore).as("tried again in place").isPositive();
        } finally {
            jdbc.execute("DROP TRIGGER " + losses);
            jdbc.execute("DROP SEQUENCE " + losses);
        }
    }

    private boolean consumed(DemandApproved event) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consumed_event WHERE consumer = ? AND event_id = ?", Long.class,
                CONSUMER, event.eventId().toString()) > 0;
    }

    /** This consumer's counter in every score-service context of the JVM: any of them may be handed the event. */
    private static double counted(String counter) {
        return EveryContextsCounters.count(counter, "consumer", CONSUMER);
    }

    private Response replay(long id) {
        return api().post("/api/ops/score-service/parked-events/" + id + "/replay", null, "Authorization", sysAdmin());
    }

    private Map<String, Object> parkedRow(DemandApproved event) {
        return jdbc.queryForList("SELECT * FROM parked_event WHERE consumer = ? AND event_id = ?", CONSUMER,
                event.eventId().toString()).stream().findFirst().orElse(null);
    }

    private long points(long broker) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(points), 0) FROM ledger_entry WHERE staff_id = ?", Long.class,
                broker);
    }

    private static String sysAdmin() {
        return bearer(ScoreEvents.nextId(), "SYS_ADMIN", Map.of());
    }
}
