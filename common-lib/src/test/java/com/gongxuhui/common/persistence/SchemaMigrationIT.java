package com.gongxuhui.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gongxuhui.common.test.TestSchemas;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production split on MariaDB: a service told to only validate its schema refuses to start while a migration
 * is pending; {@link SchemaMigration} (the migration Job's main class) migrates it and ends with exit code 0; the
 * service then starts.
 */
class SchemaMigrationIT {

    private final String url = TestSchemas.jdbcUrl("schema_migration");
    private final String[] database = {"--spring.datasource.url=" + url, "--spring.datasource.username=root",
            "--spring.datasource.password=", "--spring.flyway.locations=classpath:db/common"};

    @Test
    void aServiceThatOnlyValidatesStartsOnlyOnceTheJobHasMigrated() throws SQLException {
        assertThatThrownBy(this::startValidatingService)
                .hasRootCauseInstanceOf(FlywayValidateException.class)
                .rootCause().hasMessageContaining("not applied");
        assertThat(tables()).doesNotContain("outbox_event");

        assertThat(SchemaMigration.run(database)).isZero();

        assertThat(tables()).contains("outbox_event", "consumed_event", "flyway_schema_history");
        List<String> applied = appliedMigrations();
        assertThat(applied).contains("0.1");
        try (ConfigurableApplicationContext service = startValidatingService()) {
            assertThat(service.isRunning()).isTrue();
        }
        // validating changed nothing: the Job's migrations, and only those
        assertThat(appliedMigrations()).isEqualTo(applied);
    }

    private ConfigurableApplicationContext startValidatingService() {
        List<String> args = new ArrayList<>(List.of(database));
        args.add("--gxh.migrations.at-start=validate");
        return new SpringApplicationBuilder(ValidatingService.class).web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    private List<String> tables() throws SQLException {
        return column("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()");
    }

    private List<String> appliedMigrations() throws SQLException {
        return column("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL");
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "root", "");
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** A service as far as its start-up migrations go. */
    @SpringBootConfiguration
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
            PersistenceAutoConfiguration.class})
    static class ValidatingService {
    }
}
