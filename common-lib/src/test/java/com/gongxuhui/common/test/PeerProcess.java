package com.gongxuhui.common.test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Our own services, each started once per test JVM from its boot jar, for another service's tests, on this run's
 * schemas and topics, and ended with the JVM: the tests talk to the real peer, never to a stand-in.
 */
public final class PeerProcess {

    private static final Map<String, ServiceProcess> RUNNING = new ConcurrentHashMap<>();

    private PeerProcess() {
    }

    /** org-service: tokens, institutions, staff, regions. */
    public static ServiceProcess org() {
        return RUNNING.computeIfAbsent("org-service",
                name -> start(name, "org-service/org-server/target/org-service.jar", "org_db", List.of()));
    }

    /** expert-service, trusting org-service's tokens. */
    public static ServiceProcess expert() {
        return trustingOrg("expert-service", "expert-service/expert-server/target/expert-service.jar", "expert_db");
    }

    /** enterprise-service, trusting org-service's tokens. */
    public static ServiceProcess enterprise() {
        return trustingOrg("enterprise-service", "enterprise-service/enterprise-server/target/enterprise-service.jar",
                "enterprise_db");
    }

    private static ServiceProcess trustingOrg(String service, String jar, String schema) {
        String org = org().url();
        return RUNNING.computeIfAbsent(service, name -> start(name, jar, schema,
                List.of("--gxh.security.jwks-uri=" + org + "/oauth2/jwks", "--gxh.clients.org-url=" + org)));
    }

    private static ServiceProcess start(String service, String jar, String schema, List<String> extraArguments) {
        Path root = Path.of(System.getProperty("gxh.repo.root", "../..")).toAbsolutePath().normalize();
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=test",
                "--spring.datasource.url=" + TestSchemas.jdbcUrl(schema),
                "--gxh.events.topic-prefix=t" + TestSchemas.RUN_ID + "-"));
        arguments.addAll(extraArguments);
        ServiceProcess process = ServiceProcess.start(service, root.resolve(jar), ServiceProcess.freePort(), arguments,
                Map.of("GXH_NAMESRV", System.getenv().getOrDefault("GXH_NAMESRV", "127.0.0.1:9876")),
                Path.of("target/" + service + "-process"));
        Runtime.getRuntime().addShutdownHook(new Thread(process::close));
        process.awaitHealthy(Duration.ofMinutes(3));
        return process;
    }
}
