package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A province-wide broker ranking read about 50,000 rollup rows for an uneven period: some ten thousand brokers
 * each work in nearly every dekad, so every stretch of a period costs nearly a row per broker. Brokers' flows are
 * kept instead as running totals, a row per broker (and institution and county, as the rollups split them) and
 * day, from his first fact on, so that any period is two rows per broker: the total at its last day less the total
 * the day before it began. The rows are built here from the brokers' DAY rollups, day after day, and the brokers'
 * rollup rows then go. Written in Java, like V2, so that one code runs on MariaDB and H2.
 */
public class V3__Staff_running_totals extends BaseJavaMigration {

    static final String GROUP = "staff_id, institution_id, county_code";
    static final String FLOWS = "points, demands_docked, deals, demands_mined, visits";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE TABLE staff_running_total (
                        as_of          DATE        NOT NULL,
                        staff_id       BIGINT      NOT NULL,
                        institution_id BIGINT      NOT NULL,
                        county_code    VARCHAR(6)  NOT NULL,
                        city_code      VARCHAR(6)  NOT NULL,
                        points         INT         NOT NULL DEFAULT 0,
                        demands_docked INT         NOT NULL DEFAULT 0,
                        deals          INT         NOT NULL DEFAULT 0,
                        demands_mined  INT         NOT NULL DEFAULT 0,
                        visits         INT         NOT NULL DEFAULT 0,
                        PRIMARY KEY (as_of, staff_id, institution_id, county_code)
                    )""");
            // no other index: rows are read a day at a time (a region's too: a day holds a row per broker), written by
            // the whole key, and appended day after day in the key's order
            // the last day every broker has a row for; no row lies beyond it (null: no broker has a fact yet)
            ddl.execute("CREATE TABLE staff_running_total_fill (id INT NOT NULL, filled_through DATE, PRIMARY KEY (id))");
            ddl.execute("INSERT INTO staff_running_total_fill (id, filled_through) VALUES (1, NULL)");
        }
        build(connection, "rollup");
        try (Statement delete = connection.createStatement()) {
            delete.execute("DELETE FROM rollup WHERE subject_kind = 'STAFF'");
        }
    }

    /**
     * The running totals of the brokers' DAY rows in {@code dayRows} (a table of {@code rollup}'s columns), for every
     * day from the first to the last of them: each day's row is the day before's plus that day's facts. Public, so
     * that the monitoring benchmark builds its millions of rows the same way.
     */
    public static void build(Connection connection, String dayRows) throws SQLException {
        LocalDate first;
        LocalDate last;
        try (Statement select = connection.createStatement();
                ResultSet range = select.executeQuery("SELECT MIN(starts_on), MAX(starts_on) FROM " + dayRows
                        + " WHERE subject_kind = 'STAFF' AND span = 'DAY'")) {
            range.next();
            if (range.getDate(1) == null) {
                return;
            }
            first = range.getDate(1).toLocalDate();
            last = range.getDate(2).toLocalDate();
        }
        String sums = "SUM(points), SUM(demands_docked), SUM(deals), SUM(demands_mined), SUM(visits)";
        try (PreparedStatement day = connection.prepareStatement("INSERT INTO staff_running_total (as_of, " + GROUP
                + ", city_code, " + FLOWS + ") SELECT ?, " + GROUP + ", MAX(city_code), " + sums + " FROM ("
                + "SELECT " + GROUP + ", city_code, " + FLOWS + " FROM staff_running_total WHERE as_of = ? UNION ALL "
                + "SELECT subject_id, institution_id, county_code, city_code, " + FLOWS + " FROM " + dayRows + " "
                + "WHERE subject_kind = 'STAFF' AND span = 'DAY' AND starts_on = ?) u GROUP BY " + GROUP)) {
            for (LocalDate as = first; !as.isAfter(last); as = as.plusDays(1)) {
                day.setDate(1, Date.valueOf(as));
                day.setDate(2, Date.valueOf(as.minusDays(1)));
                day.setDate(3, Date.valueOf(as));
                day.executeUpdate();
            }
        }
        try (PreparedStatement fill = connection.prepareStatement(
                "UPDATE staff_running_total_fill SET filled_through = ? WHERE id = 1")) {
            fill.setDate(1, Date.valueOf(last));
            fill.executeUpdate();
        }
    }
}
