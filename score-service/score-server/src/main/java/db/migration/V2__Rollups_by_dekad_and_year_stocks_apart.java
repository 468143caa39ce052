package db.migration;

import com.gongxuhui.score.tally.Span;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Monitoring queries over a province read too many rows when a period is made of days and months only, and the
 * stocks (experts, staff) were summed from the beginning of time over every flow row. This moves the stocks into
 * {@code stock_rollup} and adds DEKAD and YEAR rows to both tables, derived from the DAY rows they already hold.
 * Written in Java because the date arithmetic differs between MariaDB and the embedded H2; it runs month by month,
 * so that a large table is never held in memory.
 */
public class V2__Rollups_by_dekad_and_year_stocks_apart extends BaseJavaMigration {

    private static final String KEY = "subject_kind, span, starts_on, subject_id, institution_id, county_code, city_code";
    private static final List<String> FLOWS = List.of("points", "demands_docked", "deals", "demands_mined", "visits");
    private static final List<String> STOCKS = List.of("experts", "staff");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE TABLE stock_rollup (
                        subject_kind   VARCHAR(12) NOT NULL,
                        span           VARCHAR(5)  NOT NULL,
                        starts_on      DATE        NOT NULL,
                        subject_id     BIGINT      NOT NULL,
                        institution_id BIGINT      NOT NULL,
                        county_code    VARCHAR(6)  NOT NULL,
                        city_code      VARCHAR(6)  NOT NULL,
                        experts        INT         NOT NULL DEFAULT 0,
                        staff          INT         NOT NULL DEFAULT 0,
                        PRIMARY KEY (subject_kind, span, starts_on, subject_id, institution_id, county_code)
                    )""");
            ddl.execute("CREATE INDEX idx_stock_rollup_city ON stock_rollup (subject_kind, span, city_code, starts_on)");
            ddl.execute("CREATE INDEX idx_stock_rollup_county ON stock_rollup (subject_kind, span, county_code, starts_on)");
            ddl.execute("CREATE INDEX idx_stock_rollup_institution ON stock_rollup (subject_kind, span, institution_id, starts_on)");
            ddl.execute("INSERT INTO stock_rollup (" + KEY + ", experts, staff) SELECT " + KEY
                    + ", experts, staff FROM rollup WHERE experts <> 0 OR staff <> 0");
            ddl.execute("DELETE FROM rollup WHERE " + String.join(" = 0 AND ", FLOWS) + " = 0");
            ddl.execute("ALTER TABLE rollup DROP COLUMN experts");
            ddl.execute("ALTER TABLE rollup DROP COLUMN staff");
        }
        derive(connection, "rollup", FLOWS);
        derive(connection, "stock_rollup", STOCKS);
    }

    /** DEKAD and YEAR rows of a table: its DAY rows added up, a month at a time (a year's rows are kept until it ends). */
    private static void derive(Connection connection, String table, List<String> measures) throws SQLException {
        Map<List<Object>, long[]> years = new LinkedHashMap<>();
        Integer year = null;
        for (LocalDate month : months(connection, table)) {
            if (year != null && year != month.getYear()) {
                insert(connection, table, measures, years);
                years.clear();
            }
            year = month.getYear();
            Map<List<Object>, long[]> dekads = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + KEY + ", " + String.join(", ", measures)
                    + " FROM " + table + " WHERE span = 'DAY' AND starts_on BETWEEN ? AND ?")) {
                select.setDate(1, Date.valueOf(month));
                select.setDate(2, Date.valueOf(Span.MONTH.endOf(month)));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        LocalDate day = rows.getDate("starts_on").toLocalDate();
                        long[] values = new long[measures.size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = rows.getLong(measures.get(i));
                        }
                        add(dekads, key(rows, Span.DEKAD, Span.DEKAD.startOf(day)), values);
                        add(years, key(rows, Span.YEAR, Span.YEAR.startOf(day)), values);
                    }
                }
            }
            insert(connection, table, measures, dekads);
        }
        insert(connection, table, measures, years);
    }

    private static List<LocalDate> months(Connection connection, String table) throws SQLException {
        List<LocalDate> months = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT DISTINCT starts_on FROM " + table
                        + " WHERE span = 'MONTH' ORDER BY starts_on")) {
            while (rows.next()) {
                months.add(rows.getDate(1).toLocalDate());
            }
        }
        return months;
    }

    private static List<Object> key(ResultSet row, Span span, LocalDate startsOn) throws SQLException {
        return List.of(row.getString("subject_kind"), span.name(), startsOn, row.getLong("subject_id"),
                row.getLong("institution_id"), row.getString("county_code"), row.getString("city_code"));
    }

    private static void add(Map<List<Object>, long[]> sums, List<Object> key, long[] values) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[values.length]);
        for (int i = 0; i < values.length; i++) {
            sum[i] += values[i];
        }
    }

    private static void insert(Connection connection, String table, List<String> measures, Map<List<Object>, long[]> sums)
            throws SQLException {
        String placeholders = "?, ".repeat(7 + measures.size());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + KEY + ", "
                + String.join(", ", measures) + ") VALUES (" + placeholders.substring(0, placeholders.length() - 2) + ")")) {
            int batched = 0;
            for (Map.Entry<List<Object>, long[]> sum : sums.entrySet()) {
                List<Object> key = sum.getKey();
                insert.setString(1, (String) key.get(0));
                insert.setString(2, (String) key.get(1));
                insert.setDate(3, Date.valueOf((LocalDate) key.get(2)));
                insert.setLong(4, (Long) key.get(3));
                insert.setLong(5, (Long) key.get(4));
                insert.setString(6, (String) key.get(5));
                insert.setString(7, (String) key.get(6));
                for (int i = 0; i < measures.size(); i++) {
                    insert.setLong(8 + i, sum.getValue()[i]);
                }
                insert.addBatch();
                if (++batched % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
