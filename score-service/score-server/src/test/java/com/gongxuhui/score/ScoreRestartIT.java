package com.gongxuhui.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.test.ServiceProcess;
import com.gongxuhui.common.test.TestSchemas;
import com.gongxuhui.demand.api.DemandApproved;
import com.gongxuhui.demand.api.DemandCompleted;
import com.gongxuhui.demand.api.DemandPushedToExpert;
import com.gongxuhui.score.ScoreEvents.Province;
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
import java.util.UUID;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * score-service's boot jar as operators run it, stopped while events stream in and started again: every event
 * published before, during and after the stop is counted exactly once. Runs after {@code package} (see the pom):
 * it needs the jar.
 */
class ScoreRestartIT {

    private static final String NAME_SERVER = System.getenv().getOrDefault("GXH_NAMESRV", "127.0.0.1:9876");
    private static final String TOPIC_PREFIX = "t" + TestSchemas.RUN_ID + "-";
    private static final String JDBC_URL = TestSchemas.jdbcUrl("score_db");

    private static DefaultMQProducer producer;
    private static EventWire wire;

    @BeforeAll
    static void connectToTheBroker() throws Exception {
        ScoreTestBase.createTopics(TOPIC_PREFIX);
        producer = new DefaultMQProducer("score-restart-test-" + UUID.randomUUID().toString().substring(0, 8));
        producer.setNamesrvAddr(NAME_SERVER);
        producer.start();
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        wire = new EventWire(producer, new EventJson(mapper), TOPIC_PREFIX);
    }

    @AfterAll
    static void disconnect() {
        producer.shutdown();
    }

    @Test
    void stoppingMidStreamAndStartingAgainLosesAndDoublesNothing() throws Exception {
        Province province = new Province();
        List<IntegrationEvent> beforeAndDuring = new ArrayList<>(province.organisation());
        beforeAndDuring.addAll(province.work(150, 7L));
        List<IntegrationEvent> whileDown = province.work(80, 8L);
        List<IntegrationEvent> all = new ArrayList<>(beforeAndDuring);
        all.addAll(whileDown);

        try (ServiceProcess first = start()) {
            wire.sendAll(beforeAndDuring);
            await().atMost(Duration.ofMinutes(3)).until(() -> consumed(all) >= 40);
        }
        long consumedAtStop = consumed(all);
        wire.sendAll(whileDown);

        try (ServiceProcess second = start()) {
            await().atMost(Duration.ofMinutes(6)).alias("every event consumed after the restart")
                    .until(() -> consumed(all), count -> count == all.size());
            ServiceProcess.sleep(3000);
        }

        assertThat(consumedAtStop).as("stopped mid-stream").isLessThan(all.size());
        long awards = all.stream().filter(e -> e instanceof DemandApproved || e instanceof DemandPushedToExpert
                || e instanceof DemandCompleted).count();
        assertThat(query("SELECT COUNT(*) FROM ledger_entry")).isEqualTo(awards);
        assertThat(query("SELECT COUNT(DISTINCT source_event_id) FROM ledger_entry")).isEqualTo(awards);
        long points = query("SELECT SUM(points) FROM ledger_entry");
        for (String kind : List.of("INSTITUTION", "CENTRE")) {
            for (String span : List.of("DAY", "DEKAD", "MONTH", "YEAR")) {
                assertThat(query("SELECT SUM(points) FROM rollup WHERE subject_kind = '" + kind + "' AND span = '" + span
                        + "'")).as(kind + " " + span).isEqualTo(points);
            }
        }
        assertThat(query("SELECT SUM(points) FROM staff_running_total WHERE as_of = (SELECT filled_through FROM "
                + "staff_running_total_fill)")).as("brokers' running totals on the filled day").isEqualTo(points);
        assertThat(query("SELECT SUM(demands_docked) FROM rollup WHERE subject_kind = 'INSTITUTION' AND span = 'MONTH'"))
                .isEqualTo(query("SELECT SUM(delta) FROM activity WHERE measure = 'DEMANDS_DOCKED'"));
    }

    private static ServiceProcess start() {
        Path root = Path.of(System.getProperty("gxh.repo.root", "../..")).toAbsolutePath().normalize();
        ServiceProcess process = ServiceProcess.start("score-service",
                root.resolve("score-service/score-server/target/score-service.jar"), ServiceProcess.freePort(),
                List.of("--spring.profiles.active=test", "--spring.datasource.url=" + JDBC_URL,
                        "--gxh.events.topic-prefix=" + TOPIC_PREFIX),
                Map.of("GXH_NAMESRV", NAME_SERVER), Path.of("target/score-service-process"));
        process.awaitHealthy(Duration.ofMinutes(3));
        return process;
    }

    private static long consumed(List<IntegrationEvent> events) throws SQLException {
        String ids = events.stream().map(e -> "'" + e.eventId() + "'").reduce((a, b) -> a + "," + b).orElseThrow();
        return query("SELECT COUNT(DISTINCT event_id) FROM consumed_event WHERE event_id IN (" + ids + ")");
    }

    private static long query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(JDBC_URL, "root", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            if (e.getMessage().contains("doesn't exist")) {
                return 0; // before the first start has run the migrations
            }
            throw e;
        }
    }
}
