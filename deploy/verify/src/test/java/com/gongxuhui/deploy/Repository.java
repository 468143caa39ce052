package com.gongxuhui.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository this build runs in: the deployment files and the services' sources the tests read. */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("gxh.repo.root", "../..")).toAbsolutePath().normalize();
    static final Path CHART = ROOT.resolve("deploy/helm/gongxuhui");
    static final Path PRODUCTION = ROOT.resolve("deploy/production");

    /** The six services, by their Spring application name, and the gateway. */
    static final List<String> SERVICES = List.of("org-service", "demand-service", "expert-service",
            "enterprise-service", "score-service", "notify-service");
    static final String GATEWAY = "gateway-service";

    private Repository() {
    }

    /** A service's server module (the gateway is its own module). */
    static Path module(String service) {
        return service.equals(GATEWAY) ? ROOT.resolve(GATEWAY)
                : ROOT.resolve(service + "/" + service.replace("-service", "-server"));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under a folder (empty when it does not exist), skipping build output. */
    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/node_modules/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
