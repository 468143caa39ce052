package com.gongxuhui.score.tally;

import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.time.ProvinceTime;
import com.gongxuhui.score.region.RegionDirectory;
import com.gongxuhui.score.rule.RuleBook;
import com.gongxuhui.score.rule.ScoreRule;
import com.gongxuhui.score.tally.StaffRunningTotals.StaffGroup;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Books what one event contributes: its ledger rows (points under the rule in force on the event's day), its
 * activity rows (the other counts) and the matching increments of the institutions' and centres' rollups of every
 * span and of the brokers' running totals, all in the consumer's transaction, so that the rollups always equal the
 * ledger and the activity they were built from.
 */
@Component
public class Tally {

    private final JdbcTemplate jdbc;
    private final RuleBook rules;
    private final RegionDirectory regions;
    private final StaffRunningTotals staffTotals;
    private final Clock clock;

    public Tally(JdbcTemplate jdbc, RuleBook rules, RegionDirectory regions, StaffRunningTotals staffTotals,
            Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.regions = regions;
        this.staffTotals = staffTotals;
        this.clock = clock;
    }

    public void record(IntegrationEvent event, List<Award> awards, List<Count> counts) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An event is tallied inside the transaction that marks it consumed");
        }
        LocalDate day = dayOf(event);
        refuseAfterTomorrow(event, day);
        Increments increments = new Increments();
        for (Award award : awards) {
            Optional<ScoreRule> rule = rules.inForce(award.rule(), award.place().regionCode(), day);
            if (rule.isPresent() && rule.get().points() != 0) {
                writeLedger(event, day, award, rule.get());
                add(increments, day, award.staffId(), award.place(), Measure.POINTS, rule.get().points());
            }
        }
        for (Count count : counts) {
            writeActivity(event, day, count);
            add(increments, day, count.staffId(), count.place(), count.measure(), count.delta());
        }
        if (!increments.staff.isEmpty()) {
            staffTotals.add(day, increments.staff);
        }
        increments.rollups.forEach(this::upsert);
    }

    /**
     * An event is dated by the clock of the service that recorded it. One dated after tomorrow in the province (a day
     * of tolerance for clocks that disagree around midnight) says that clock is wrong; booking it would also make the
     * brokers' running totals fill every broker's rows up to its day, millions of rows in one transaction. It is
     * refused before anything is written: the consumer's transaction rolls back, the broker redelivers the event a
     * few times and then it is parked (common-lib's {@code DeadLetters}), where the operator finds it and replays it
     * once its day has come, if the clocks only disagreed.
     */
    private void refuseAfterTomorrow(IntegrationEvent event, LocalDate day) {
        LocalDate tomorrow = LocalDate.now(clock.withZone(ProvinceTime.ZONE)).plusDays(1);
        if (day.isAfter(tomorrow)) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " " + event.eventId() + " is dated "
                    + day + ", after tomorrow (" + tomorrow + ") in the province: refused, its sender's clock is wrong");
        }
    }

    public static LocalDate dayOf(IntegrationEvent event) {
        return LocalDate.ofInstant(event.occurredAt(), ProvinceTime.ZONE);
    }

    private void writeLedger(IntegrationEvent event, LocalDate day, Award award, ScoreRule rule) {
        OrgCoordinates place = award.place();
        jdbc.update("""
                INSERT INTO ledger_entry (staff_id, institution_id, centre_id, region_code, rule_id, rule_code, points,
                    demand_id, source_event_id, source_event_type, occurred_at, occurred_on, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                award.staffId(), place.institutionId(), place.centreId(), place.regionCode(), rule.id(),
                award.rule().name(), rule.points(), award.demandId(), event.eventId().toString(), event.eventType(),
                Timestamp.from(event.occurredAt()), day, Timestamp.from(clock.instant()));
    }

    private void writeActivity(IntegrationEvent event, LocalDate day, Count count) {
        OrgCoordinates place = count.place();
        jdbc.update("""
                INSERT INTO activity (measure, delta, staff_id, institution_id, centre_id, region_code, source_event_id,
                    source_event_type, occurred_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                count.measure().name(), count.delta(), count.staffId(), place.institutionId(), place.centreId(),
                place.regionCode(), event.eventId().toString(), event.eventType(), day);
    }

    /**
     * The fact adds to its institution's and its centre's rows, each for every span containing its day, and to its
     * broker's running totals.
     */
    private void add(Increments increments, LocalDate day, Long staffId, OrgCoordinates place, Measure measure,
            int delta) {
        long institution = place.institutionId() == null ? 0 : place.institutionId();
        String county = regions.countyOf(place.regionCode());
        String city = regions.cityOf(place.regionCode());
        List<RollupKey> keys = new ArrayList<>();
        for (Span span : Span.values()) {
            LocalDate startsOn = span.startOf(day);
            Stream.of(
                    place.institutionId() == null ? null
                            : new RollupKey(SubjectKind.INSTITUTION, span, startsOn, institution, institution, county, city),
                    place.centreId() == null ? null
                            : new RollupKey(SubjectKind.CENTRE, span, startsOn, place.centreId(), institution, county, city))
                    .filter(key -> key != null).forEach(keys::add);
        }
        for (RollupKey key : keys) {
            increments.rollups.computeIfAbsent(key, k -> new EnumMap<>(Measure.class)).merge(measure, delta, Integer::sum);
        }
        if (staffId != null) {
            if (measure.stock()) {
                throw new IllegalArgumentException(measure + " is counted for institutions and centres, not for a broker");
            }
            increments.staff.computeIfAbsent(new StaffGroup(staffId, institution, county, city),
                    k -> new EnumMap<>(Measure.class)).merge(measure, delta, Integer::sum);
        }
    }

    /** Flows go to {@code rollup}, stocks to {@code stock_rollup}; a key's rows are written in that order. */
    private void upsert(RollupKey key, Map<Measure, Integer> deltas) {
        Map<String, Map<Measure, Integer>> byTable = new TreeMap<>();
        deltas.forEach((measure, delta) -> byTable.computeIfAbsent(measure.table(), t -> new EnumMap<>(Measure.class))
                .put(measure, delta));
        byTable.forEach((table, tableDeltas) -> upsert(table, key, tableDeltas));
    }

    private void upsert(String table, RollupKey key, Map<Measure, Integer> deltas) {
        String columns = deltas.keySet().stream().map(Measure::column).collect(Collectors.joining(", "));
        String placeholders = deltas.keySet().stream().map(m -> "?").collect(Collectors.joining(", "));
        // each delta bound again to add it to an existing row: VALUES() there is deprecated in MySQL 8.4, the row
        // alias is not MariaDB's (docs/architecture.md)
        String updates = deltas.keySet().stream().map(m -> m.column() + " = " + m.column() + " + ?")
                .collect(Collectors.joining(", "));
        List<Object> arguments = new ArrayList<>(List.of(key.kind().name(), key.span().name(), key.startsOn(),
                key.subjectId(), key.institutionId(), key.countyCode(), key.cityCode()));
        arguments.addAll(deltas.values());
        arguments.addAll(deltas.values());
        jdbc.update("INSERT INTO " + table + " (subject_kind, span, starts_on, subject_id, institution_id, county_code, "
                + "city_code, " + columns + ") VALUES (?, ?, ?, ?, ?, ?, ?, " + placeholders + ") ON DUPLICATE KEY UPDATE "
                + updates, arguments.toArray());
    }

    /** What one event adds: rollup rows in the order they are written, and brokers' running totals. */
    private static final class Increments {
        final Map<RollupKey, Map<Measure, Integer>> rollups = new TreeMap<>(RollupKey.WRITE_ORDER);
        final Map<StaffGroup, Map<Measure, Integer>> staff = new LinkedHashMap<>();
    }
}
