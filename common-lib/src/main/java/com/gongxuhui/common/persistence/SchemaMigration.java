package com.gongxuhui.common.persistence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;

/**
 * Migrates a service's schema and exits: the main class of the production migration Job (deploy/helm), run from
 * the service's own boot jar ({@code -Dloader.main=…SchemaMigration}, Spring Boot's PropertiesLauncher). It reads
 * the service's configuration as the service does (profile, data source, {@code spring.flyway.*}) but configures
 * only the data source and Flyway: no web server, broker, Redis or job executor starts, and Nacos is not asked,
 * so a migration can run before the rollout, for as long as it takes, with no probe watching it.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
public class SchemaMigration {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Migrates and returns the process's exit code (0: the schema is current). */
    public static int run(String... args) {
        // Set where spring.config.import is resolved: the prod profile's Nacos data-id is not needed here.
        System.setProperty("spring.cloud.nacos.config.enabled", "false");
        System.setProperty("spring.cloud.nacos.config.import-check.enabled", "false");
        // Whatever the services do at start (gxh.migrations.at-start), the Job migrates.
        System.setProperty("spring.flyway.enabled", "true");
        SpringApplication application = new SpringApplication(SchemaMigration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        return SpringApplication.exit(application.run(args));
    }
}
