package com.gongxuhui.e2e;

import static com.gongxuhui.e2e.GatewayCalls.auth;
import static com.gongxuhui.e2e.GatewayCalls.awards;
import static com.gongxuhui.e2e.GatewayCalls.institution;
import static com.gongxuhui.e2e.GatewayCalls.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.TestSchemas;
import com.gongxuhui.e2e.GatewayCalls.Institution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/backup on a real run: demands submitted, approved and rejected through the gateway, their points booked
 * by score-service from the events; then backup.sh dumps the run's six schemas in one snapshot, restore.sh
 * restores them beside the originals (suffix {@code _restored}), and every figure is the same there: the points
 * ledger's sums per broker, the demands per status, and every table's rows and checksum.
 */
class BackupAndRestoreIT {

    private static final List<String> SCHEMAS = List.of("org_db", "demand_db", "expert_db", "enterprise_db",
            "score_db", "notify_db");
    private static final String RESTORED = "_restored";
    private static final Path ROOT = Path.of(System.getProperty("gxh.repo.root", "..")).toAbsolutePath().normalize();

    private static GatewayPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = GatewayPlatform.get();
    }

    @AfterAll
    static void dropRestoredSchemas() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            for (String schema : SCHEMAS) {
                statement.execute("DROP DATABASE IF EXISTS `" + TestSchemas.schemaName(schema) + RESTORED + "`");
            }
        }
    }

    @Test
    void aRestoredBackupHasTheRunsFiguresExactly() throws Exception {
        HttpApi gateway = platform.gateway();
        Institution institution = institution(gateway, "330106");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> form = Map.of("title", "备份演练需求" + i, "description", "备份与恢复演练。",
                    "type", "TECHNOLOGY", "fieldCode", "ADVANCED_MANUFACTURING", "feeRatio", "5.00", "budget", "100000.00");
            long id = ok(gateway.post("/api/demands", form, auth(institution.brokerBearer()))).path("id").asLong();
            ok(gateway.post("/api/demands/" + id + "/review", i < 2 ? Map.of("approved", true)
                    : Map.of("approved", false, "reason", "信息不全"), auth(institution.admin())));
        }
        // the two approvals' points, booked by score-service from demand-service's events
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(awards(ok(gateway.get("/api/points/ledger?size=100", auth(institution.brokerBearer())))))
                        .containsExactly("DEMAND_APPROVED:2", "DEMAND_APPROVED:2"));
        Path backups = Files.createDirectories(ROOT.resolve("e2e-tests/target/backups"));
        // A delivery retry of an earlier test may still write while this one runs: such a reading proves nothing
        // either way, and the backup is taken again.
        for (int attempt = 1; ; attempt++) {
            Figures before = quiet();
            assertThat(before.pointsByBroker()).containsEntry(institution.broker(), 4L);
            assertThat(before.demandsByStatus()).containsKeys("REJECTED");

            String backup = run(List.of("deploy/backup/backup.sh", "--mysql", backups.toString())).strip();
            assertThat(Path.of(backup).resolve("mysql.sql.gz")).isNotEmptyFile();
            dropRestoredSchemas();
            run(List.of("deploy/backup/restore.sh", "--mysql", "--suffix=" + RESTORED, backup));

            Figures restored = figures(RESTORED);
            if (figures("").equals(before) || attempt == 3) {
                assertThat(figures("")).as("the run's figures kept still while it was backed up").isEqualTo(before);
                assertThat(restored.pointsByBroker()).isEqualTo(before.pointsByBroker());
                assertThat(restored.demandsByStatus()).isEqualTo(before.demandsByStatus());
                assertThat(restored.tables()).isEqualTo(before.tables());
                return;
            }
        }
    }

    /** The figures once no event is on its way: every outbox sent and two readings alike. */
    private static Figures quiet() {
        List<Figures> readings = new ArrayList<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            if (unsentEvents() > 0) {
                return false;
            }
            readings.add(figures(""));
            int n = readings.size();
            return n >= 2 && readings.get(n - 1).equals(readings.get(n - 2));
        });
        return readings.get(readings.size() - 1);
    }

    record Figures(Map<Long, Long> pointsByBroker, Map<String, Long> demandsByStatus, Map<String, String> tables) {
    }

    private static Figures figures(String suffix) throws SQLException {
        try (Connection connection = connect("")) {
            Map<Long, Long> points = new TreeMap<>();
            query(connection, "SELECT staff_id, SUM(points) FROM `" + schema("score_db", suffix) + "`.ledger_entry "
                    + "GROUP BY staff_id", rows -> points.put(rows.getLong(1), rows.getLong(2)));
            Map<String, Long> demands = new TreeMap<>();
            query(connection, "SELECT status, COUNT(*) FROM `" + schema("demand_db", suffix) + "`.demand GROUP BY status",
                    rows -> demands.put(rows.getString(1), rows.getLong(2)));
            Map<String, String> tables = new TreeMap<>();
            for (String service : SCHEMAS) {
                String schema = schema(service, suffix);
                List<String> names = new ArrayList<>();
                query(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema
                        + "' AND table_type = 'BASE TABLE'", rows -> names.add(rows.getString(1)));
                for (String table : names) {
                    String qualified = "`" + schema + "`.`" + table + "`";
                    long[] count = new long[1];
                    query(connection, "SELECT COUNT(*) FROM " + qualified, rows -> count[0] = rows.getLong(1));
                    String[] checksum = new String[1];
                    query(connection, "CHECKSUM TABLE " + qualified, rows -> checksum[0] = rows.getString(2));
                    tables.put(service + "." + table, count[0] + " rows, checksum " + checksum[0]);
                }
            }
            return new Figures(points, demands, tables);
        }
    }

    private static long unsentEvents() throws SQLException {
        long unsent = 0;
        try (Connection connection = connect("")) {
            for (String service : SCHEMAS) {
                long[] count = new long[1];
                query(connection, "SELECT COUNT(*) FROM `" + schema(service, "") + "`.outbox_event WHERE sent_at IS NULL",
                        rows -> count[0] = rows.getLong(1));
                unsent += count[0];
            }
        }
        return unsent;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("backup", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectOutput(ProcessBuilder.Redirect.PIPE).redirectError(log.toFile());
        builder.environment().putAll(Map.of("GXH_BACKUP_DB_USER", "root", "GXH_BACKUP_DB_PASSWORD", "",
                "GXH_RESTORE_DB_USER", "root", "GXH_RESTORE_DB_PASSWORD", "",
                "GXH_BACKUP_SCHEMAS", String.join(" ", SCHEMAS.stream().map(s -> schema(s, "")).toList())));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(command + " ends").isTrue();
        assertThat(process.exitValue()).as(command + ": " + Files.readString(log)).isZero();
        return output;
    }

    private static String schema(String service, String suffix) {
        return TestSchemas.schemaName(service) + suffix;
    }

    private static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + schema
                + "?allowPublicKeyRetrieval=true&useSSL=false", "root", "");
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    private static void query(Connection connection, String sql, Row row) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                row.read(rows);
            }
        }
    }
}
