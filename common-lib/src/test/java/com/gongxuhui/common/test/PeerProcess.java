package com.gongxuhui.common.test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts one of our own services from its boot jar for another service's tests, on this run's schema and
 * topics, and ends it with the JVM: the tests talk to the real peer, never to a stand-in.
 */
final class PeerProcess {

    private PeerProcess() {
    }

    static ServiceProcess start(String service, String jar, String schema, List<String> extraArguments) {
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
