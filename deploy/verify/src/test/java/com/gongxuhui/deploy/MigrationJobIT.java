package com.gongxuhui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.common.test.TestSchemas;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The chart's migration Job, as its container runs it: score-service's boot jar (its Flyway migrations include
 * Java ones) started with the Job's command line and environment, the prod profile and no Nacos reachable,
 * migrates a fresh MariaDB schema and exits 0, writing nothing outside the folders the chart makes writable.
 */
class MigrationJobIT {

    private static final Path JAR = Repository.ROOT.resolve("score-service/score-server/target/score-service.jar");

    @Test
    void theJobsCommandMigratesTheServiceSchemaFromTheBootJarAndExits() throws Exception {
        TestSchemas.jdbcUrl("score_db");
        String schema = TestSchemas.schemaName("score_db");
        Path sandbox = Files.createTempDirectory("migration-job");
        Path home = Files.createDirectories(sandbox.resolve("app"));
        Path tmp = Files.createDirectories(sandbox.resolve("tmp"));
        Path workingDirectory = Files.createDirectories(sandbox.resolve("root"));

        Job job = RenderedChart.withDefaults().named(Job.class, "score-service-migration");
        Container container = WorkloadHardeningTest.onlyContainer(job.getSpec().getTemplate());
        String shell = container.getCommand().get(2);
        assertThat(shell).startsWith("exec java $JAVA_OPTS $GXH_JAVA_SYSTEM_PROPS ").endsWith(" /app/app.jar "
                + "org.springframework.boot.loader.launch.PropertiesLauncher");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the image's system properties (deploy/production/Dockerfile), pointed at this test's folders
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp, "-Duser.timezone=Asia/Shanghai"));
        Stream.of(shell.replace("exec java $JAVA_OPTS $GXH_JAVA_SYSTEM_PROPS ", "").split(" "))
                .map(arg -> arg.equals("/app/app.jar") ? JAR.toString() : arg).forEach(command::add);
        command.add("--gxh.schema=" + schema);

        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(sandbox.resolve("migration.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.putAll(WorkloadHardeningTest.env(container));
        environment.replaceAll((name, value) -> value.startsWith("secret:") ? "" : value);
        environment.putAll(Map.of("GXH_DB_URL_PREFIX", "jdbc:mysql://127.0.0.1:3306/", "GXH_DB_USER", "root",
                "GXH_DB_PASSWORD", "", "GXH_NACOS_ADDR", "127.0.0.1:" + closedPort(), "JAVA_OPTS", "-Xmx256m"));
        Process process = builder.start();

        assertThat(process.waitFor(4, TimeUnit.MINUTES)).as("the migration ends").isTrue();
        String log = Files.readString(sandbox.resolve("migration.log"));
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("Successfully applied").doesNotContain("Tomcat started");
        assertThat(appliedVersions(schema)).containsExactlyElementsOf(migrationsInTheSources());
        try (Stream<Path> left = Files.list(workingDirectory)) {
            assertThat(left).as("written outside the writable folders").isEmpty();
        }
    }

    /** common-lib's shared migrations and score-service's own, SQL and Java, in version order. */
    private static List<String> migrationsInTheSources() {
        return Stream.of(Repository.ROOT.resolve("common-lib/src/main/resources/db/common"),
                        Repository.module("score-service").resolve("src/main/resources/db/migration"),
                        Repository.module("score-service").resolve("src/main/java/db/migration"))
                .flatMap(folder -> Repository.files(folder).stream())
                .map(file -> file.getFileName().toString().replaceFirst("^V([0-9_]+)__.*$", "$1").replace('_', '.'))
                .sorted(java.util.Comparator.comparing(MigrationJobIT::versionKey)).toList();
    }

    private static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%06d", Integer.parseInt(part)));
        }
        return key.toString();
    }

    private static List<String> appliedVersions(String schema) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + schema
                + "?allowPublicKeyRetrieval=true&useSSL=false", "root", "");
                ResultSet rows = connection.createStatement().executeQuery("SELECT version FROM flyway_schema_history "
                        + "WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
