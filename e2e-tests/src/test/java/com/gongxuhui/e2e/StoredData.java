package com.gongxuhui.e2e;

import static org.awaitility.Awaitility.await;

import com.gongxuhui.common.test.TestSchemas;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What every service of this run has stored: each table of their schemas with its row count and MariaDB's checksum of
 * its contents. Two fingerprints differ exactly where a row was added, removed or changed, so a test can show that a
 * sweep of refused or bad calls stored nothing, except the trail a refusal is meant to leave: a refused foreign object
 * is a security event (org-service's {@code security_event}, carried there as {@code SecurityEventRecorded} through
 * the other services' outboxes and consumed by org-service), so those rows are left out of the fingerprint. DingTalk
 * invitations are counted, not summed: a request may add one (with an account), but their status is the relay's,
 * which advances in the background (PENDING → INVITED → JOINED).
 */
final class StoredData {

    private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/?allowPublicKeyRetrieval=true&useSSL=false";

    /** Count and checksum of a table's rows that are not the trail of a refusal ({@code %s}: the table). */
    private static final Map<String, String> TRAIL_OF_REFUSALS = Map.of(
            "`outbox_event`", "SELECT COUNT(*), COALESCE(BIT_XOR(CRC32(CONCAT_WS('|', id, event_id, topic, event_type, "
                    + "aggregate_id, payload, created_at, sent_at, attempts, last_error))), 0) FROM %s "
                    + "WHERE event_type <> 'SecurityEventRecorded'",
            "`consumed_event`", "SELECT COUNT(*), COALESCE(BIT_XOR(CRC32(CONCAT_WS('|', consumer, event_id, "
                    + "consumed_at))), 0) FROM %s WHERE consumer NOT LIKE '%%security-events'");

    /** Tables whose rows a request may add but whose contents change in the background. */
    private static final List<String> ADVANCED_IN_THE_BACKGROUND = List.of("`dingtalk_invitation`");

    private StoredData() {
    }

    /** "schema.table" → "rows/checksum", for every table of the run's schemas. */
    static Map<String, String> fingerprint() {
        Map<String, String> tables = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(SERVER, "root", "");
                Statement statement = db.createStatement()) {
            List<String> names = new ArrayList<>();
            String prefix = TestSchemas.schemaName("").replace("_", "\\_");
            try (ResultSet rows = statement.executeQuery("SELECT table_schema, table_name FROM information_schema.tables "
                    + "WHERE table_type = 'BASE TABLE' AND table_schema LIKE '" + prefix + "%'")) {
                while (rows.next()) {
                    names.add("`" + rows.getString(1) + "`.`" + rows.getString(2) + "`");
                }
            }
            names.removeIf(name -> name.endsWith(".`security_event`"));
            for (String name : List.copyOf(names)) {
                String trailOfRefusals = TRAIL_OF_REFUSALS.get(name.substring(name.lastIndexOf('.') + 1));
                if (trailOfRefusals != null) {
                    names.remove(name);
                    try (ResultSet rest = statement.executeQuery(trailOfRefusals.formatted(name))) {
                        rest.next();
                        tables.put(name, rest.getLong(1) + " rows, checksum " + rest.getLong(2));
                    }
                    continue;
                }
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + name)) {
                    count.next();
                    tables.put(name, count.getLong(1) + " rows");
                }
                if (ADVANCED_IN_THE_BACKGROUND.contains(name.substring(name.lastIndexOf('.') + 1))) {
                    names.remove(name);
                }
            }
            if (!names.isEmpty()) {
                try (ResultSet sums = statement.executeQuery("CHECKSUM TABLE " + String.join(", ", names))) {
                    while (sums.next()) {
                        String table = sums.getString(1);
                        String key = names.stream().filter(n -> n.replace("`", "").equals(table)).findFirst()
                                .orElse(table);
                        tables.merge(key, "checksum " + sums.getLong(2), (rows, sum) -> rows + ", " + sum);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the run's schemas on MariaDB", e);
        }
        return tables;
    }

    /**
     * The fingerprint once what was done before has settled (events consumed, deliveries sent): two alike, two
     * seconds apart.
     */
    static Map<String, String> settled() {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(fingerprint());
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Map<String, String> now = fingerprint();
            return now.equals(last.getAndSet(now));
        });
        return last.get();
    }

    /** The tables whose fingerprints differ: "table: before → after". */
    static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, now) -> {
            if (!Objects.equals(before.get(table), now)) {
                changed.add(table + ": " + before.get(table) + " → " + now);
            }
        });
        return changed;
    }
}
