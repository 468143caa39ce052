package com.gongxuhui.common.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Gives each test run its own MariaDB schema per service ({@code gxh_t<run>_<schema>}) and its own event
 * topics ({@code t<run>-org-events}), so that runs never see each other's rows or messages. Active with the
 * {@code test} profile; the schemas are dropped when the JVM ends unless {@code gxh.test.keep-schemas=true}.
 */
public class TestSchemas implements EnvironmentPostProcessor, Ordered {

    /** One id per JVM; a process started by a test may be given its parent's id with {@code -Dgxh.test.run-id}. */
    public static final String RUN_ID = System.getProperty("gxh.test.run-id",
            UUID.randomUUID().toString().replace("-", "").substring(0, 10));

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("test"))
                || environment.getProperty("gxh.schema") == null) {
            return;
        }
        String serverUrl = environment.getProperty("gxh.test.mariadb-url", "jdbc:mysql://127.0.0.1:3306/");
        String schema = schemaName(environment.getProperty("gxh.schema"));
        create(serverUrl, schema, !environment.getProperty("gxh.test.keep-schemas", Boolean.class, false));
        environment.getPropertySources().addFirst(new MapPropertySource("test schemas", Map.of(
                "spring.datasource.url", serverUrl + schema + "?useUnicode=true&characterEncoding=utf8"
                        + "&serverTimezone=Asia/Shanghai&allowPublicKeyRetrieval=true&useSSL=false",
                "gxh.events.topic-prefix", environment.getProperty("gxh.test.topic-prefix", "t" + RUN_ID + "-"))));
    }

    public static String schemaName(String schema) {
        return "gxh_t" + RUN_ID + "_" + schema;
    }

    /**
     * The JDBC URL of this run's schema for a service (created now, dropped when the JVM ends), for a service
     * that a test starts as a separate process.
     */
    public static String jdbcUrl(String schema) {
        String serverUrl = "jdbc:mysql://127.0.0.1:3306/";
        String name = schemaName(schema);
        create(serverUrl, name, !Boolean.getBoolean("gxh.test.keep-schemas"));
        return serverUrl + name + "?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai"
                + "&allowPublicKeyRetrieval=true&useSSL=false";
    }

    private static void create(String serverUrl, String schema, boolean dropAtExit) {
        if (!CREATED.add(schema)) {
            return;
        }
        execute(serverUrl, "CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        if (dropAtExit) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(serverUrl, "DROP DATABASE IF EXISTS `" + schema + "`")));
        }
    }

    private static void execute(String serverUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl + "?allowPublicKeyRetrieval=true&useSSL=false",
                "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB on " + serverUrl + " is needed by the tests: " + sql, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
