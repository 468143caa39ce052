package com.gongxuhui.notify.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.demand.api.DemandAccepted;
import com.gongxuhui.demand.api.DemandApproved;
import com.gongxuhui.demand.api.DemandCompleted;
import com.gongxuhui.demand.api.DemandDockedByExpert;
import com.gongxuhui.demand.api.DemandPublished;
import com.gongxuhui.demand.api.DemandReassigned;
import com.gongxuhui.demand.api.DemandRejected;
import com.gongxuhui.demand.api.DemandSubmitted;
import com.gongxuhui.demand.api.DockingCancelled;
import com.gongxuhui.notify.NotifyTestSupport;
import com.gongxuhui.org.api.AccountCreated;
import com.gongxuhui.org.api.AccountDisabled;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every step of a demand's life reaches exactly the people it concerns — in their inbox and on DingTalk — and
 * only once, although the broker delivers every event twice. Recipients come from notify-service's own read model
 * of the accounts (fed by org-events), never from a call to another service.
 */
class DemandReactionsIT extends NotifyTestSupport {

    @Autowired
    IdempotentConsumer idempotentConsumer;

    @Test
    void everyStepReachesTheRightPeopleOnceEvenWhenDeliveredTwice() {
        long a = nextId();
        long b = nextId();
        long c = nextId();
        AccountCreated adminA = account("机构A管理员", uniquePhone(), a, Role.INST_ADMIN);
        AccountCreated formerAdminA = account("机构A前管理员", uniquePhone(), a, Role.INST_ADMIN);
        AccountCreated brokerA1 = account("经纪人甲", uniquePhone(), a, Role.STAFF);
        AccountCreated brokerA2 = account("经纪人乙", uniquePhone(), a, Role.CENTER_ADMIN, Role.STAFF);
        AccountCreated adminB = account("机构B管理员", uniquePhone(), b, Role.INST_ADMIN);
        AccountCreated adminC = account("机构C管理员", uniquePhone(), c, Role.INST_ADMIN);
        List.of(adminA, formerAdminA, brokerA1, brokerA2, adminB, adminC).forEach(this::send);
        send(new AccountDisabled(UUID.randomUUID(), Instant.now(), Actor.system(), "x", institution(a),
                formerAdminA.accountId()));
        long expertId = nextId();
        send(expertCreated(expertId, "周教授", uniquePhone()));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM known_account WHERE account_id = ? AND disabled = TRUE", Long.class,
                formerAdminA.accountId()) == 1 && jdbc.queryForObject(
                "SELECT COUNT(*) FROM known_account WHERE institution_id IN (?, ?, ?)", Long.class, a, b, c) == 6
                && jdbc.queryForObject("SELECT COUNT(*) FROM known_expert WHERE expert_id = ?", Long.class, expertId) == 1);

        long demand = nextId();
        OrgCoordinates atA = institution(a);
        Map<IntegrationEvent, Set<Long>> expected = new LinkedHashMap<>();
        expected.put(new DemandSubmitted(UUID.randomUUID(), Instant.now(), actor(), "d", atA, demand, "新型涂层",
                "F01", "STAFF", brokerA1.accountId()), Set.of(adminA.accountId()));
        expected.put(new DemandApproved(UUID.randomUUID(), Instant.now(), actor(), "d", atA, demand,
                brokerA1.accountId(), brokerA1.accountId(), "新型涂层", "F01"), Set.of(brokerA1.accountId()));
        expected.put(new DemandRejected(UUID.randomUUID(), Instant.now(), actor(), "d", atA, demand,
                brokerA1.accountId(), "信息不全"), Set.of(brokerA1.accountId()));
        expected.put(new DemandReassigned(UUID.randomUUID(), Instant.now(), actor(), "d", atA, demand,
                brokerA1.accountId(), brokerA2.accountId()), Set.of(brokerA2.accountId()));
        expected.put(new DemandPublished(UUID.randomUUID(), Instant.now(), actor(), "d", atA, demand, "DESIGNATED",
                List.of(b), new BigDecimal("6.00")), Set.of(adminB.accountId()));
        expected.put(new DemandAccepted(UUID.randomUUID(), Instant.now(), actor(), "d", institution(b), demand, a, b,
                new BigDecimal("6.00")), Set.of(adminA.accountId(), adminB.accountId()));
        expected.put(new DemandCompleted(UUID.randomUUID(), Instant.now(), actor(), "d", atA, demand, nextId(),
                new BigDecimal("200000.00"), new BigDecimal("6.00"), brokerA2.accountId()),
                Set.of(brokerA2.accountId(), adminA.accountId()));
        expected.put(new DemandDockedByExpert(UUID.randomUUID(), Instant.now(), actor(), "d", atA, demand, nextId(),
                expertId, "新型涂层", brokerA1.accountId()), Set.of(brokerA1.accountId()));
        expected.put(new DockingCancelled(UUID.randomUUID(), Instant.now(), actor(), "d", atA, demand, nextId(),
                expertId, brokerA1.accountId()), Set.of(brokerA1.accountId()));
        double duplicatesBefore = idempotentConsumer.duplicates("demand-events").count();

        expected.keySet().forEach(event -> {
            send(event);
            send(event);
        });

        expected.forEach((event, people) -> {
            awaitDeliveries(event, people.size(), "SENT");
            await().atMost(Duration.ofSeconds(30)).until(() -> inboxRecipients(event).size() == people.size());
        });
        await().atMost(Duration.ofSeconds(60)).until(
                () -> idempotentConsumer.duplicates("demand-events").count() >= duplicatesBefore + expected.size());
        expected.forEach((event, people) -> {
            List<Map<String, Object>> deliveries = deliveriesOf(event);
            assertThat(deliveries).as(event.eventType()).hasSize(people.size());
            assertThat(deliveries.stream().map(row -> ((Number) row.get("recipient_id")).longValue()))
                    .as(event.eventType()).containsExactlyInAnyOrderElementsOf(people);
            assertThat(deliveries).allSatisfy(row -> assertThat(row.get("channel")).isEqualTo("DINGTALK"));
            assertThat(inboxRecipients(event)).as(event.eventType()).containsExactlyInAnyOrderElementsOf(people);
        });
        assertThat(inboxBodies(expected.keySet().stream().filter(DemandDockedByExpert.class::isInstance).findFirst()
                .orElseThrow())).singleElement().asString().contains("周教授").contains("新型涂层");
    }

    @Test
    void aDemandOpenedToAllReachesEveryOtherInstitutionsAdministrators() {
        long a = nextId();
        long b = nextId();
        long c = nextId();
        AccountCreated adminA = account("A管理员", uniquePhone(), a, Role.INST_ADMIN);
        AccountCreated adminB = account("B管理员", uniquePhone(), b, Role.INST_ADMIN);
        AccountCreated adminC = account("C管理员", uniquePhone(), c, Role.INST_ADMIN);
        AccountCreated staffB = account("B经纪人", uniquePhone(), b, Role.STAFF);
        List.of(adminA, adminB, adminC, staffB).forEach(this::send);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM known_account WHERE institution_id IN (?, ?, ?)", Long.class, a, b, c) == 4);
        DemandPublished toAll = new DemandPublished(UUID.randomUUID(), Instant.now(), actor(), "d", institution(a),
                nextId(), "ALL", List.of(), new BigDecimal("5.50"));
        Set<Long> everyOtherAdmin = Set.copyOf(jdbc.queryForList("SELECT account_id FROM known_account "
                + "WHERE roles LIKE '%INST_ADMIN%' AND disabled = FALSE AND institution_id <> ?", Long.class, a));

        send(toAll);

        awaitDeliveries(toAll, everyOtherAdmin.size(), "SENT");
        Set<Long> told = deliveriesOf(toAll).stream().map(row -> ((Number) row.get("recipient_id")).longValue())
                .collect(Collectors.toSet());
        assertThat(told).isEqualTo(everyOtherAdmin).contains(adminB.accountId(), adminC.accountId())
                .doesNotContain(adminA.accountId(), staffB.accountId());
    }

    private List<Long> inboxRecipients(IntegrationEvent event) {
        return jdbc.queryForList("SELECT account_id FROM notification WHERE source_event_id = ?", Long.class,
                event.eventId().toString());
    }

    private List<String> inboxBodies(IntegrationEvent event) {
        return jdbc.queryForList("SELECT body FROM notification WHERE source_event_id = ?", String.class,
                event.eventId().toString());
    }
}
