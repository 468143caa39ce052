package com.gongxuhui.score.monitoring;

import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import com.gongxuhui.common.test.ServiceProcess;
import com.gongxuhui.common.test.TestTokens;
import com.gongxuhui.common.time.ProvinceTime;
import com.gongxuhui.score.region.RegionDirectory;
import com.gongxuhui.score.region.RegionDirectory.RegionEntry;
import com.gongxuhui.score.tally.Tally;
import db.migration.V3__Staff_running_totals;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not part of the test suite (its name matches no include pattern): loads 1,000,000 ledger rows — 500
 * institutions, 10,000 brokers, every Zhejiang county, two years — with their activity and rollups into this
 * run's MariaDB schema, waits for InnoDB to settle, warms the service up, then times each monitoring endpoint over
 * HTTP and prints p50/p95 (and the means of the client and of the service's own request timer). Run it alone:
 *
 * <pre>
 * GXH_NAMESRV=127.0.0.1:9876 ./mvnw -B verify -pl score-service/score-server -am -Dtest=MonitoringBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dscore.restart.skip=true
 * </pre>
 *
 * The rows are written with multi-row INSERTs and the rollups built from them with INSERT … SELECT, the same
 * sums the consumers keep row by row (PerformanceMonitoringIT proves those equal a recomputation from the ledger);
 * feeding a million events through the broker would time the load, not the queries.
 */
@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
class MonitoringBenchmark {

    /** {@code -Dgxh.benchmark.ledger-rows=100000} for a quicker, smaller run (the figures then say so). */
    private static final int LEDGER_ROWS = Integer.getInteger("gxh.benchmark.ledger-rows", 1_000_000);
    private static final int INSTITUTIONS = 500;
    private static final int CENTRES_PER_INSTITUTION = 3;
    private static final int STAFF = 10_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 730;
    private static final int WARM_UP = 5;
    private static final int WARM_UP_PASSES = 3;
    /** The JIT never quite stops: compiling for less than this share of a warm-up pass counts as quiet. */
    private static final int JIT_QUIET_PERCENT = 5;
    private static final String ROLLUP_KEY = "subject_kind, span, starts_on, subject_id, institution_id, county_code, "
            + "city_code";
    private static final int RUNS = Integer.getInteger("gxh.benchmark.runs", 60);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegionDirectory regions;

    @Autowired
    MeterRegistry meters;

    @Test
    void monitoringQueriesOverAMillionLedgerRows() throws IOException {
        long loadStart = System.nanoTime();
        if (count("ledger_entry") == 0) {
            load();
        } // else a schema an earlier run kept (-Dgxh.test.keep-schemas=true), named again by -Dgxh.test.run-id
        long loadSeconds = (System.nanoTime() - loadStart) / 1_000_000_000;
        long settleSeconds = settle();
        Map<String, String> viewers = Map.of("province", manager("330000"), "city", manager("330100"),
                "county", manager("330127"), "inst", HttpApi.bearer(TestTokens.issue(900_001, List.of("INST_ADMIN"), Map.of("inst", 1))));
        // the last one is the views' default: the year so far (its days after today still hold benchmark rows)
        List<String> periods = List.of("from=2026-03-01&to=2026-03-31", "from=2026-02-10&to=2026-05-20",
                "from=2026-01-01&to=2026-12-31", "from=2025-01-01&to=2026-12-31", "");
        List<Query> queries = new ArrayList<>();
        for (String viewer : System.getProperty("gxh.benchmark.viewers", "province,city,county,inst").split(",")) {
            for (String endpoint : List.of("institutions", "centres", "staff", "summary")) {
                for (String period : periods) {
                    queries.add(new Query(viewer, endpoint, period, viewers.get(viewer)));
                }
            }
        }
        // counted before the warm-up: a count reads a whole table through the buffer pool
        String loaded = String.format("loaded %,d ledger rows, %,d activity rows, %,d rollup rows, %,d stock rollup rows, "
                + "%,d broker running totals in %d s; InnoDB settled in %d s", count("ledger_entry"), count("activity"),
                count("rollup"), count("stock_rollup"), count("staff_running_total"), loadSeconds, settleSeconds);
        WarmUp warmUp = warmUp(queries);
        List<String> report = new ArrayList<>();
        report.add(loaded + String.format("; service warmed up by %d passes over the queries in %d s", warmUp.passes(),
                warmUp.seconds()));
        // the service's own mean (its request timer) beside the client's: what the rest of the round trip costs
        report.add(String.format("%-9s %-13s %-25s %8s %8s %8s %8s", "viewer", "endpoint", "period", "p50 ms", "p95 ms",
                "mean ms", "svc mean"));
        report.forEach(System.out::println);
        for (Query query : queries) {
            Timed timed = time(query);
            String line = String.format("%-9s %-13s %-25s %8.1f %8.1f %8.1f %8.1f", query.viewer(), query.endpoint(),
                    query.period().isEmpty() ? "year so far (" + LocalDate.now(ProvinceTime.ZONE) + ")"
                            : query.period().replace("from=", "").replace("&to=", ".."),
                    percentile(timed.client(), 50), percentile(timed.client(), 95),
                    Arrays.stream(timed.client()).average().orElseThrow(), timed.serviceMean());
            System.out.println(line); // as it comes: a long run that is stopped keeps what it measured
            report.add(line);
        }
        Files.write(Path.of("target/monitoring-benchmark.txt"), report);
    }

    /**
     * Waits (at most five minutes) until InnoDB has written back what the load left in its buffer pool (to less than
     * a tenth of the pool: a few hundred pages stay dirty at rest) and purged its undo history, so that the queries
     * are timed on a database at rest, as a bureau would find it, not against the load's background writes. Returns
     * the seconds waited.
     */
    private long settle() {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 300_000_000_000L) {
            Map<String, Long> status = new HashMap<>();
            jdbc.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Innodb_buffer_pool_pages_dirty', "
                    + "'Innodb_buffer_pool_pages_total', 'Innodb_history_list_length')",
                    rs -> {
                        status.put(rs.getString(1), rs.getLong(2));
                    });
            if (status.get("Innodb_buffer_pool_pages_dirty") * 10 < status.get("Innodb_buffer_pool_pages_total")
                    && status.get("Innodb_history_list_length") < 1000) {
                break;
            }
            ServiceProcess.sleep(2000);
        }
        return (System.nanoTime() - start) / 1_000_000_000;
    }

    /** One timed query: a viewer's token, a view and a period (empty: the view's default). */
    private record Query(String viewer, String endpoint, String period, String authorization) {

        String uri() {
            return "/api/performance/" + endpoint;
        }

        String path() {
            return uri() + "?" + period;
        }
    }

    private record WarmUp(int passes, long seconds) {
    }

    /**
     * Asks every query again and again until a whole pass leaves the JIT compiler nearly idle (compiling for less than
     * {@value #JIT_QUIET_PERCENT} % of the pass), after at least {@value #WARM_UP_PASSES} passes and for at most
     * 90 s, so that the queries are timed against the service's compiled code. On two cores a compiler thread still
     * busy with the hot paths takes one of them from the service and MariaDB: Flight Recorder showed the C2 compiler
     * using most of a core while the first province views were timed. Returns the passes made and the seconds taken.
     */
    private WarmUp warmUp(List<Query> queries) {
        HttpApi api = new HttpApi("http://127.0.0.1:" + port);
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        int passes = 0;
        boolean quiet = false;
        while (!quiet && System.nanoTime() - start < 90_000_000_000L) {
            long passStart = System.nanoTime();
            long compiled = jit.getTotalCompilationTime();
            for (Query query : queries) {
                ask(api, query);
            }
            long passMillis = (System.nanoTime() - passStart) / 1_000_000;
            quiet = ++passes >= WARM_UP_PASSES
                    && (jit.getTotalCompilationTime() - compiled) * 100 < JIT_QUIET_PERCENT * passMillis;
        }
        return new WarmUp(passes, (System.nanoTime() - start) / 1_000_000_000);
    }

    /** The client's times of each run, and the mean the service's request timer recorded for the same runs. */
    private record Timed(double[] client, double serviceMean) {
    }

    private Timed time(Query query) {
        HttpApi api = new HttpApi("http://127.0.0.1:" + port);
        double[] times = new double[RUNS];
        ServiceTimer before = null;
        for (int i = -WARM_UP; i < RUNS; i++) {
            if (i == 0) {
                before = serviceTimer(query.uri());
            }
            long start = System.nanoTime();
            ask(api, query);
            long elapsed = System.nanoTime() - start;
            if (i >= 0) {
                times[i] = elapsed / 1_000_000.0;
            }
        }
        ServiceTimer after = serviceTimer(query.uri());
        return new Timed(times, (after.millis() - before.millis()) / (after.count() - before.count()));
    }

    private static void ask(HttpApi api, Query query) {
        Response response = api.get(query.path(), "Authorization", query.authorization());
        if (response.status() != 200) {
            throw new IllegalStateException(query.path() + " answered " + response.status() + ": " + response.body());
        }
    }

    /** What the service's {@code http.server.requests} timer holds for a URI so far: requests and their ms. */
    private record ServiceTimer(long count, double millis) {
    }

    private ServiceTimer serviceTimer(String uri) {
        long count = 0;
        double millis = 0;
        for (Timer timer : meters.find("http.server.requests").tag("uri", uri).timers()) {
            count += timer.count();
            millis += timer.totalTime(TimeUnit.MILLISECONDS);
        }
        return new ServiceTimer(count, millis);
    }

    private static double percentile(double[] times, int percent) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1];
    }

    // --- the province: 500 institutions in every county, 3 centres each, 10,000 brokers, two years of work

    private void load() {
        Random random = new Random(42);
        List<String> counties = regions.counties().stream().map(RegionEntry::code).toList();
        int centres = INSTITUTIONS * CENTRES_PER_INSTITUTION;
        String[] centreCounty = new String[centres + 1];
        for (int centre = 1; centre <= centres; centre++) {
            centreCounty[centre] = counties.get(centre <= counties.size() ? centre - 1 : random.nextInt(counties.size()));
        }
        Rows institutions = new Rows(jdbc, "INSERT INTO institution (id, name, region_code) VALUES ");
        for (int institution = 1; institution <= INSTITUTIONS; institution++) {
            institutions.add(institution + ", '机构" + institution + "', '" + centreCounty[firstCentre(institution)] + "'");
        }
        institutions.flush();
        Rows centreRows = new Rows(jdbc, "INSERT INTO centre (id, institution_id, name, region_code) VALUES ");
        for (int centre = 1; centre <= centres; centre++) {
            centreRows.add(centre + ", " + institutionOf(centre) + ", '中心" + centre + "', '" + centreCounty[centre] + "'");
        }
        centreRows.flush();
        int[] staffCentre = new int[STAFF + 1];
        Rows staff = new Rows(jdbc, "INSERT INTO staff_member (account_id, name, institution_id, centre_id, region_code, "
                + "enabled) VALUES ");
        Rows activity = new Rows(jdbc, "INSERT INTO activity (measure, delta, staff_id, institution_id, centre_id, "
                + "region_code, source_event_id, source_event_type, occurred_on) VALUES ");
        for (int account = 1; account <= STAFF; account++) {
            int centre = 1 + random.nextInt(centres);
            staffCentre[account] = centre;
            staff.add(account + ", '人员" + account + "', " + institutionOf(centre) + ", " + centre + ", '"
                    + centreCounty[centre] + "', TRUE");
            activity.add(fact("STAFF", 1, "NULL", centre, centreCounty, "AccountCreated", day(random)));
        }
        staff.flush();
        for (int expert = 1; expert <= 5 * INSTITUTIONS; expert++) {
            int centre = firstCentre(1 + random.nextInt(INSTITUTIONS));
            activity.add(fact("EXPERTS", 1, "NULL", centre, centreCounty, "ExpertCreated", day(random)));
        }
        Rows ledger = new Rows(jdbc, "INSERT INTO ledger_entry (staff_id, institution_id, centre_id, region_code, rule_id, "
                + "rule_code, points, demand_id, source_event_id, source_event_type, occurred_at, occurred_on, "
                + "recorded_at) VALUES ");
        for (int row = 0; row < LEDGER_ROWS; row++) {
            int account = 1 + random.nextInt(STAFF);
            int centre = staffCentre[account];
            String day = day(random);
            int kind = random.nextInt(10);
            String rule = kind < 4 ? "DEMAND_APPROVED" : kind < 8 ? "DEMAND_PUSHED_TO_EXPERT" : "DEMAND_COMPLETED";
            int points = kind < 4 ? 2 : kind < 8 ? 1 : 5;
            String event = "'" + new java.util.UUID(random.nextLong(), row).toString() + "'";
            ledger.add(account + ", " + institutionOf(centre) + ", " + centre + ", '" + centreCounty[centre] + "', "
                    + (kind < 4 ? 1 : kind < 8 ? 2 : 3) + ", '" + rule + "', " + points + ", " + row + ", " + event
                    + ", 'Benchmark', '" + day + " 10:00:00', '" + day + "', NOW()");
            if (kind < 4) {
                activity.add(fact("DEMANDS_MINED", 1, String.valueOf(account), centre, centreCounty, "DemandApproved", day));
                activity.add(fact("DEMANDS_DOCKED", 1, String.valueOf(account), centre, centreCounty, "DemandApproved", day));
            } else if (kind >= 8) {
                activity.add(fact("DEALS", 1, String.valueOf(account), centre, centreCounty, "DemandCompleted", day));
            }
            if (random.nextInt(4) == 0) {
                activity.add(fact("VISITS", 1, String.valueOf(account), centre, centreCounty, "FollowUpRecorded", day));
            }
        }
        ledger.flush();
        activity.flush();
        buildRollups();
    }

    /**
     * The same sums Tally keeps event by event: DAY rows from the facts, then each longer span from the rows of the
     * span below it (far fewer rows to read than the facts); brokers' DAY rows go to a staging table, from which their
     * running totals are built as migration V3 builds them.
     */
    private void buildRollups() {
        String facts = "SELECT staff_id, institution_id, centre_id, region_code, occurred_on, 'POINTS' AS measure, "
                + "points AS delta FROM ledger_entry UNION ALL SELECT staff_id, institution_id, centre_id, region_code, "
                + "occurred_on, measure, delta FROM activity";
        Map<String, String> subjects = Map.of("INSTITUTION", "institution_id", "CENTRE", "centre_id");
        List<String> flows = List.of("POINTS", "DEMANDS_DOCKED", "DEALS", "DEMANDS_MINED", "VISITS");
        Map<String, List<String>> tables = Map.of("rollup", flows, "stock_rollup", List.of("EXPERTS", "STAFF"));
        List<String[]> longerSpans = List.of(
                new String[] {"DEKAD", "DAY", "DATE_SUB(starts_on, INTERVAL DAYOFMONTH(starts_on) - CASE WHEN "
                        + "DAYOFMONTH(starts_on) > 20 THEN 21 WHEN DAYOFMONTH(starts_on) > 10 THEN 11 ELSE 1 END DAY)"},
                new String[] {"MONTH", "DEKAD", "DATE_SUB(starts_on, INTERVAL DAYOFMONTH(starts_on) - 1 DAY)"},
                new String[] {"YEAR", "MONTH", "MAKEDATE(YEAR(starts_on), 1)"});
        tables.forEach((table, measures) -> {
            subjects.forEach((kind, subject) -> dayRows(table, facts, kind, subject, measures));
            String sums = measures.stream().map(m -> "SUM(" + m.toLowerCase() + ")").collect(Collectors.joining(", "));
            for (String[] span : longerSpans) {
                jdbc.update("INSERT INTO " + table + " (" + ROLLUP_KEY + ", " + String.join(", ", measures).toLowerCase()
                        + ") SELECT subject_kind, '" + span[0] + "', " + span[2] + ", subject_id, institution_id, "
                        + "county_code, city_code, " + sums + " FROM " + table + " WHERE span = '" + span[1]
                        + "' GROUP BY subject_kind, " + span[2] + ", subject_id, institution_id, county_code, city_code");
            }
        });
        // a table dropped afterwards rather than rows deleted from rollup: deleting would leave InnoDB purging them
        // in the background while the queries are timed
        jdbc.execute("CREATE TABLE staff_day LIKE rollup");
        dayRows("staff_day", facts, "STAFF", "staff_id", flows);
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            V3__Staff_running_totals.build(connection, "staff_day");
            return null;
        });
        jdbc.execute("DROP TABLE staff_day");
        jdbc.execute("ANALYZE TABLE rollup, stock_rollup, staff_running_total");
    }

    /** One subject kind's DAY rows of the given measures, summed from the facts. */
    private void dayRows(String table, String facts, String kind, String subject, List<String> measures) {
        jdbc.update("INSERT INTO " + table + " (" + ROLLUP_KEY + ", " + String.join(", ", measures).toLowerCase()
                + ") SELECT '" + kind + "', 'DAY', occurred_on, " + subject + ", institution_id, region_code, "
                + "CONCAT(LEFT(region_code, 4), '00'), " + measures.stream().map(MonitoringBenchmark::sum)
                .collect(Collectors.joining(", ")) + " FROM (" + facts + ") f WHERE " + subject + " IS NOT NULL AND "
                + "measure IN ('" + String.join("', '", measures) + "') GROUP BY occurred_on, " + subject
                + ", institution_id, region_code");
    }

    private static String sum(String measure) {
        return "SUM(CASE WHEN measure = '" + measure + "' THEN delta ELSE 0 END)";
    }

    private static String fact(String measure, int delta, String staff, int centre, String[] centreCounty, String type,
            String day) {
        return "'" + measure + "', " + delta + ", " + staff + ", " + institutionOf(centre) + ", " + centre + ", '"
                + centreCounty[centre] + "', '" + java.util.UUID.randomUUID() + "', '" + type + "', '" + day + "'";
    }

    private static int institutionOf(int centre) {
        return (centre - 1) / CENTRES_PER_INSTITUTION + 1;
    }

    private static int firstCentre(int institution) {
        return (institution - 1) * CENTRES_PER_INSTITUTION + 1;
    }

    private static String day(Random random) {
        return FIRST_DAY.plusDays(random.nextInt(DAYS)).toString();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static String manager(String region) {
        return HttpApi.bearer(TestTokens.issue(900_000 + region.hashCode() % 1000, List.of("GOV_MANAGER"),
                Map.of("region", region)));
    }

    /** Generated values only (numbers, codes, fixed words): written as multi-row INSERTs of 2,000 rows. */
    private static final class Rows {

        private final JdbcTemplate jdbc;
        private final String insert;
        private final StringBuilder values = new StringBuilder();
        private int rows;

        Rows(JdbcTemplate jdbc, String insert) {
            this.jdbc = jdbc;
            this.insert = insert;
        }

        void add(String row) {
            values.append(rows == 0 ? "(" : ", (").append(row).append(')');
            if (++rows == 2000) {
                flush();
            }
        }

        void flush() {
            if (rows > 0) {
                jdbc.update(insert + values);
                values.setLength(0);
                rows = 0;
            }
        }
    }
}
