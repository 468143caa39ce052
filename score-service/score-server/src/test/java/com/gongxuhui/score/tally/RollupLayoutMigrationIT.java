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
 * The V2 migration on rollups written by V1's layout (DAY and MONTH rows, stocks among the flows): stocks move to
 * their own table, rows that held nothing but stocks leave the flow table, and DEKAD and YEAR rows appear that add
 * up the DAY rows.
 */
class RollupLayoutMigrationIT {

    private static final String KEY = "subject_kind, span, starts_on, subject_id, institution_id, county_code, city_code";

    private final DriverManagerDataSource database = new DriverManagerDataSource(TestSchemas.jdbcUrl("score_migration"),
            "root", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @Test
    void v1RollupsBecomeDekadsYearsAndStocksApart() {
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

        flyway(null).migrate();

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

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(database).locations("classpath:db/common", "classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private void old(String kind, String span, String startsOn, long subject, int points, int staff) {
        jdbc.update("INSERT INTO rollup (" + KEY + ", points, staff) VALUES (?, ?, ?, ?, 1, '330106', '330100', ?, ?)",
                kind, span, startsOn, subject, points, staff);
    }

    private List<Map.Entry<String, Integer>> points(String kind, String span) {
        return jdbc.query("SELECT starts_on, points FROM rollup WHERE subject_kind = ? AND span = ? ORDER BY starts_on",
                (rs, n) -> entry(rs.getString("starts_on"), rs.getInt("points")), kind, span);
    }

    private static Map.Entry<String, Integer> entry(String day, int points) {
        return Map.entry(day, points);
    }
}
