package com.gongxuhui.score;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.demand.api.DemandAccepted;
import com.gongxuhui.demand.api.DemandClaimed;
import com.gongxuhui.demand.api.DemandApproved;
import com.gongxuhui.demand.api.DemandCompleted;
import com.gongxuhui.demand.api.DemandPushedToExpert;
import com.gongxuhui.demand.api.FollowUpRecorded;
import com.gongxuhui.expert.api.ExpertCreated;
import com.gongxuhui.org.api.AccountCreated;
import com.gongxuhui.org.api.CentreCreated;
import com.gongxuhui.org.api.InstitutionRegistered;
import com.gongxuhui.org.api.StaffMoved;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The events of a small province for score-service's tests, as org-, expert- and demand-service publish them:
 * two institutions in two cities, their centres (one in a mountain county), brokers, experts and a random but
 * reproducible year of demand work. Ids are unique per JVM so that tests never share rows.
 */
public final class ScoreEvents {

    private static final ZoneId ZHEJIANG = ZoneId.of("Asia/Shanghai");
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);

    private ScoreEvents() {
    }

    public static long nextId() {
        return IDS.incrementAndGet();
    }

    public static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 30)).atZone(ZHEJIANG).toInstant();
    }

    public static AccountCreated staffCreated(long accountId, String name, OrgCoordinates place, LocalDate day) {
        return new AccountCreated(UUID.randomUUID(), at(day), Actor.system(), Long.toString(accountId), place, accountId,
                name, "137" + String.format("%08d", accountId % 100_000_000), Set.of(Role.STAFF));
    }

    public static DemandApproved approved(long submitter, OrgCoordinates place, LocalDate day) {
        long demand = nextId();
        return new DemandApproved(UUID.randomUUID(), at(day), new Actor(1L, "admin"), Long.toString(demand), place,
                demand, submitter, submitter, "需求" + demand, "NEW_MATERIALS");
    }

    public static DemandPushedToExpert pushed(long pusher, OrgCoordinates place, LocalDate day) {
        long demand = nextId();
        return new DemandPushedToExpert(UUID.randomUUID(), at(day), new Actor(pusher, "broker"), Long.toString(demand),
                place, demand, nextId(), nextId(), "需求" + demand, "NEW_MATERIALS", pusher);
    }

    public static DemandCompleted completed(long handler, OrgCoordinates place, LocalDate day) {
        long demand = nextId();
        return new DemandCompleted(UUID.randomUUID(), at(day), new Actor(handler, "broker"), Long.toString(demand), place,
                demand, nextId(), new BigDecimal("100000.00"), new BigDecimal("5.00"), handler);
    }

    public static FollowUpRecorded followUp(long author, OrgCoordinates place, LocalDate day, boolean visit) {
        long demand = nextId();
        return new FollowUpRecorded(UUID.randomUUID(), at(day), new Actor(author, "broker"), Long.toString(demand), place,
                demand, nextId(), visit ? "VISIT" : "PHONE", visit, author, nextId());
    }

    public static DemandAccepted accepted(OrgCoordinates place, long fromInstitution, LocalDate day) {
        long demand = nextId();
        return new DemandAccepted(UUID.randomUUID(), at(day), new Actor(1L, "admin"), Long.toString(demand), place, demand,
                fromInstitution, place.institutionId(), new BigDecimal("6.00"));
    }

    public static DemandClaimed claimed(long admin, OrgCoordinates place, LocalDate day) {
        long demand = nextId();
        return new DemandClaimed(UUID.randomUUID(), at(day), new Actor(admin, "admin"), Long.toString(demand), place,
                demand, "需求" + demand, "NEW_MATERIALS", admin, new BigDecimal("5.00"));
    }

    public static ExpertCreated expertCreated(long institution, OrgCoordinates place, LocalDate day) {
        long expert = nextId();
        return new ExpertCreated(UUID.randomUUID(), at(day), new Actor(1L, "admin"), Long.toString(expert), place,
                expert, "专家" + expert, "13900000000", institution);
    }

    /** A small province: who works where, and a year of their work. */
    public static final class Province {

        public final long institutionA = nextId();
        public final long institutionB = nextId();
        public final long centreA1 = nextId();
        public final long centreA2 = nextId();
        public final long centreB1 = nextId();
        /** 西湖区, Hangzhou. */
        public final OrgCoordinates a1 = new OrgCoordinates(institutionA, centreA1, "330106");
        /** 淳安县, Hangzhou: a mountain county. */
        public final OrgCoordinates a2 = new OrgCoordinates(institutionA, centreA2, "330127");
        /** 永嘉县, Wenzhou: a mountain county. */
        public final OrgCoordinates b1 = new OrgCoordinates(institutionB, centreB1, "330324");
        public final long brokerA1 = nextId();
        public final long brokerA2 = nextId();
        public final long brokerB1 = nextId();
        public final long movingBroker = nextId();

        public List<IntegrationEvent> organisation() {
            LocalDate start = LocalDate.of(2026, 1, 5);
            List<IntegrationEvent> events = new ArrayList<>();
            events.add(institution(institutionA, "杭州技术转移中心", "330106", centreA1));
            events.add(institution(institutionB, "温州科技服务中心", "330324", centreB1));
            events.add(centre(centreA1, institutionA, "西湖中心", "330106"));
            events.add(centre(centreA2, institutionA, "淳安中心", "330127"));
            events.add(centre(centreB1, institutionB, "永嘉中心", "330324"));
            events.add(staffCreated(brokerA1, "张三", a1, start));
            events.add(staffCreated(brokerA2, "李四", a2, start));
            events.add(staffCreated(brokerB1, "王五", b1, start));
            events.add(staffCreated(movingBroker, "赵六", a1, start));
            events.add(new StaffMoved(UUID.randomUUID(), at(LocalDate.of(2026, 4, 1)), Actor.system(),
                    Long.toString(movingBroker), a2, movingBroker, centreA1, "330106", centreA2, "330127"));
            events.add(expertCreated(institutionA, a1, LocalDate.of(2026, 2, 3)));
            events.add(expertCreated(institutionA, a1, LocalDate.of(2026, 6, 3)));
            events.add(expertCreated(institutionB, b1, LocalDate.of(2026, 3, 9)));
            return events;
        }

        /**
         * The moving broker's work on both sides of his move (April 2026, 西湖区 → 淳安县): a county's view holds only
         * what he did there.
         */
        public List<IntegrationEvent> movingBrokersWork() {
            return List.of(approved(movingBroker, a1, LocalDate.of(2026, 2, 10)),
                    followUp(movingBroker, a1, LocalDate.of(2026, 3, 2), true),
                    completed(movingBroker, a2, LocalDate.of(2026, 5, 12)),
                    followUp(movingBroker, a2, LocalDate.of(2026, 6, 1), true));
        }

        /** {@code count} random pieces of work between January and November 2026 (seeded: the same every run). */
        public List<IntegrationEvent> work(int count, long seed) {
            Random random = new Random(seed);
            long[] brokers = {brokerA1, brokerA2, brokerB1};
            OrgCoordinates[] places = {a1, a2, b1};
            List<IntegrationEvent> events = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int who = random.nextInt(3);
                long broker = brokers[who];
                OrgCoordinates place = places[who];
                LocalDate day = LocalDate.of(2026, 1, 10).plusDays(random.nextInt(310));
                events.add(switch (random.nextInt(7)) {
                    case 0 -> approved(broker, place, day);
                    case 1 -> pushed(broker, place, day);
                    case 2 -> completed(broker, place, day);
                    case 3 -> followUp(broker, place, day, true);
                    case 4 -> followUp(broker, place, day, false);
                    case 5 -> accepted(place, who == 2 ? institutionA : institutionB, day);
                    default -> claimed(broker, place, day);
                });
            }
            return events;
        }

        private static InstitutionRegistered institution(long id, String name, String region, long headOffice) {
            return new InstitutionRegistered(UUID.randomUUID(), at(LocalDate.of(2026, 1, 2)), Actor.system(),
                    Long.toString(id), new OrgCoordinates(id, headOffice, region), id, name, "91330000MA2" + id % 10_000_000,
                    "UNIVERSITY", region, new BigDecimal("5.00"), headOffice, nextId());
        }

        private static CentreCreated centre(long id, long institution, String name, String region) {
            return new CentreCreated(UUID.randomUUID(), at(LocalDate.of(2026, 1, 3)), Actor.system(), Long.toString(id),
                    new OrgCoordinates(institution, id, region), id, institution, name, region, false);
        }
    }
}
