package com.gongxuhui.score.tally;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.common.test.TestSchemas;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migrations of the rollups' layout on rows written by the layout before. V2, on V1's DAY and MONTH rows with
 * stocks among the flows: stocks move to their own table, rows that held nothing but stocks leave the flow table,
 * and DEKAD and YEAR rows appear that add up the DAY rows. V3: the brokers' DAY rows become running totals, a row per
 * day from each broker's first, and the brokers' rollup rows go.
 */
class RollupLayoutMigrationIT {

    private static final String KEY = "subject_kind, span, starts_on, subject_id, institution_id, county_code, city_code";

    /** A schema of its own for each test: each migrates from nothing. */
    private DriverManagerDataSource database;
    private JdbcTemplate jdbc;

    private void use(String schema) {
        database = new DriverManagerDataSource(TestSchemas.jdbcUrl(schema), "root", "");
        jdbc = new JdbcTemplate(database);
    }

    @Test
    void v1RollupsBecomeDekadsYearsAndStocksApart() {
        use("score_migration_v2");
        flyway("1").migrate();
        // a broker's points on three days of March 2026 and New Year's Eve, his institution's staff joining in March
        for (Object[] day : List.of(new Object[] {"2025-12-31", 2}, new Object[] {"2026-03-05", 2},
                new Object[] {"2026-03-09", 1}, new Object[] {"2026-03-15", 5})) {
            old("STAFF", "DAY", (String) day[0], 7, (int) day[1], 0);
        }
        old("STAFF", "MONTH", "2025-12-01", 7, 2, 0);
        old("STAFF", "MONTH", "2026-03-01", 7, 8, 0);
        old("INSTITUTION", "DAY", "2026-03-05", 1, 2, 1);
        old("INSTITUTION", "DAY", "2026-03-20", 1, 0, 1);
        old("INSTITUTION", "MONTH", "2026-03-01", 1, 2, 2);

        flyway("2").migrate();

        assertThat(points("STAFF", "DEKAD")).containsExactly(entry("2025-12-21", 2), entry("2026-03-01", 3),
                entry("2026-03-11", 5));
        assertThat(points("STAFF", "YEAR")).containsExactly(entry("2025-01-01", 2), entry("2026-01-01", 8));
        assertThat(points("STAFF", "DAY")).hasSize(4);
        assertThat(points("INSTITUTION", "DAY")).as("the day of nothing but a joining leaves the flows")
                .containsExactly(entry("2026-03-05", 2));
        assertThat(jdbc.queryForList("SELECT span, starts_on, staff FROM stock_rollup ORDER BY span, starts_on").toString())
                .isEqualTo("[{span=DAY, starts_on=2026-03-05, staff=1}, {span=DAY, starts_on=2026-03-20, staff=1}, "
                        + "{span=DEKAD, starts_on=2026-03-01, staff=1}, {span=DEKAD, starts_on=2026-03-11, staff=1}, "
                        + "{span=MONTH, starts_on=2026-03-01, staff=2}, {span=YEAR, starts_on=2026-01-01, staff=2}]");
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = 'rollup' AND column_name IN ('experts', 'staff')")).isEmpty();
    }

    @Test
    void v2BrokerRollupsBecomeRunningTotals() {
        use("score_migration_v3");
        flyway("2").migrate();
        // broker 7 in 西湖区 on three days, broker 8 in 鄞州区 on one day between them; an institution row stays
        v2("STAFF", "DAY", "2026-03-05", 7, 1, "330106", "330100", 2, 1);
        v2("STAFF", "DAY", "2026-03-07", 8, 2, "330212", "330200", 5, 0);
        v2("STAFF", "DAY", "2026-03-08", 7, 1, "330106", "330100", 1, 0);
        v2("STAFF", "DAY", "2026-03-09", 7, 1, "330106", "330100", 0, 1);
        v2("STAFF", "MONTH", "2026-03-01", 7, 1, "330106", "330100", 3, 2);
        v2("INSTITUTION", "DAY", "2026-03-05", 1, 1, "330106", "330100", 2, 1);

        flyway(null).migrate();

        assertThat(jdbc.queryForList("SELECT as_of, staff_id, institution_id, county_code, city_code, points, visits "
                + "FROM staff_running_total ORDER BY staff_id, as_of").toString()).isEqualTo("["
                + "{as_of=2026-03-05, staff_id=7, institution_id=1, county_code=330106, city_code=330100, points=2, visits=1}, "
                + "{as_of=2026-03-06, staff_id=7, institution_id=1, county_code=330106, city_code=330100, points=2, visits=1}, "
                + "{as_of=2026-03-07, staff_id=7, institution_id=1, county_code=330106, city_code=330100, points=2, visits=1}, "
                + "{as_of=2026-03-08, staff_id=7, institution_id=1, county_code=330106, city_code=330100, points=3, visits=1}, "
                + "{as_of=2026-03-09, staff_id=7, institution_id=1, county_code=330106, city_code=330100, points=3, visits=2}, "
                + "{as_of=2026-03-07, staff_id=8, institution_id=2, county_code=330212, city_code=330200, points=5, visits=0}, "
                + "{as_of=2026-03-08, staff_id=8, institution_id=2, county_code=330212, city_code=330200, points=5, visits=0}, "
                + "{as_of=2026-03-09, staff_id=8, institution_id=2, county_code=330212, city_code=330200, points=5, visits=0}]");
        assertThat(jdbc.queryForObject("SELECT filled_through FROM staff_running_total_fill", String.class))
                .isEqualTo("2026-03-09");
        assertThat(jdbc.queryForList("SELECT DISTINCT subject_kind FROM rollup", String.class))
                .containsExactly("INSTITUTION");
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(database).locations("classpath:db/common", "classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private void old(String kind, String span, String startsOn, long subject, int points, int staff) {
        jdbc.update("INSERT INTO rollup (" + KEY + ", points, staff) VALUES (?, ?, ?, ?, 1, '330106', '330100', ?, ?)",
                kind, span, startsOn, subject, points, staff);
    }

    private void v2(String kind, String span, String startsOn, long subject, long institution, String county,
            String city, int points, int visits) {
        jdbc.update("INSERT INTO rollup (" + KEY + ", points, visits) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", kind, span,
                startsOn, subject, institution, county, city, points, visits);
    }

    private List<Map.Entry<String, Integer>> points(String kind, String span) {
        return jdbc.query("SELECT starts_on, points FROM rollup WHERE subject_kind = ? AND span = ? ORDER BY starts_on",
                (rs, n) -> entry(rs.getString("starts_on"), rs.getInt("points")), kind, span);
    }

    private static Map.Entry<String, Integer> entry(String day, int points) {
        return Map.entry(day, points);
    }
}
