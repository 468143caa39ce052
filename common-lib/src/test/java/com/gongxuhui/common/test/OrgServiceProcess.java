package com.gongxuhui.common.test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The real org-service, started from its boot jar once per test JVM, for the tests of a service that asks
 * org-service things (tokens, institutions, staff, regions): no stand-in for our own service. Its schema and
 * topics belong to this test run, like the service's own.
 */
public final class OrgServiceProcess {

    private static OrgServiceProcess instance;

    private final ServiceProcess process;

    private OrgServiceProcess() {
        Path root = Path.of(System.getProperty("gxh.repo.root", "../..")).toAbsolutePath().normalize();
        process = ServiceProcess.start("org-service", root.resolve("org-service/org-server/target/org-service.jar"),
                ServiceProcess.freePort(), List.of("--spring.profiles.active=test",
                        "--spring.datasource.url=" + TestSchemas.jdbcUrl("org_db"),
                        "--gxh.events.topic-prefix=t" + TestSchemas.RUN_ID + "-"),
                Map.of("GXH_NAMESRV", System.getenv().getOrDefault("GXH_NAMESRV", "127.0.0.1:9876")),
                Path.of("target/org-service-process"));
        Runtime.getRuntime().addShutdownHook(new Thread(process::close));
        process.awaitHealthy(Duration.ofMinutes(3));
    }

    public static synchronized OrgServiceProcess get() {
        if (instance == null) {
            instance = new OrgServiceProcess();
        }
        return instance;
    }

    public String url() {
        return process.url();
    }

    public HttpApi api() {
        return new HttpApi(url());
    }
}
