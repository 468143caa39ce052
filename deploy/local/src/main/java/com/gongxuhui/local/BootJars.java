package com.gongxuhui.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;

/**
 * The services' boot jars, unpacked for {@link ServiceHost}: each jar's {@code BOOT-INF/classes} and
 * {@code BOOT-INF/lib} under {@code <app-dir>/<name>/}, again only when the jar changed. The libraries that every
 * servlet service carries in the same version and that hold no JVM-wide state of their own make up the shared
 * class path ({@code <app-dir>/shared.args}, a {@code java @argfile}); everything else stays with its service.
 *
 * <p>Usage: {@code java -cp local-infra.jar com.gongxuhui.local.BootJars <app-dir> <name>=<boot jar> ...}; a name
 * ending in {@code !} (the gateway) is kept apart whole: it shares nothing.
 */
public final class BootJars {

    /**
     * Libraries kept with each service although every service has them: ours, and those with JVM-wide state
     * (Sentinel's rules and command port, XXL-JOB's handler map, RocketMQ's client instances, Nacos, springdoc's and
     * swagger's static model converters, MyBatis-Plus's table-name cache) or used only by such a library. None of them
     * is referred to by a shared library, which a parent class loader could not resolve.
     */
    static final List<String> KEPT_APART = List.of("common-core-", "common-lib-", "org-api-", "demand-api-", "expert-api-",
            "enterprise-api-", "score-api-", "notify-api-", "sentinel-", "spring-cloud-starter-alibaba-",
            "spring-cloud-alibaba-", "spring-cloud-circuitbreaker-sentinel-", "spring-alibaba-", "nacos-", "xxl-",
            "rocketmq-", "springdoc-", "swagger-", "mybatis", "druid", "fastjson");

    static final String STAMP = ".unpacked-from";

    private BootJars() {
    }

    public static void main(String[] args) throws IOException {
        Path appDir = Path.of(args[0]).toAbsolutePath();
        Map<String, Path> jars = new LinkedHashMap<>();
        Set<String> apart = new LinkedHashSet<>();
        for (int i = 1; i < args.length; i++) {
            String[] nameAndJar = args[i].split("=", 2);
            String name = nameAndJar[0];
            if (name.endsWith("!")) {
                name = name.substring(0, name.length() - 1);
                apart.add(name);
            }
            jars.put(name, Path.of(nameAndJar[1]).toAbsolutePath());
        }
        Map<String, List<String>> libraries = new LinkedHashMap<>();
        for (Map.Entry<String, Path> jar : jars.entrySet()) {
            libraries.put(jar.getKey(), unpack(jar.getValue(), appDir.resolve(jar.getKey())));
        }
        Map<String, LibraryPom> poms = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> service : libraries.entrySet()) {
            if (!apart.contains(service.getKey())) {
                for (String lib : service.getValue()) {
                    if (!poms.containsKey(lib)) {
                        poms.put(lib, LibraryPom.of(appDir.resolve(service.getKey()).resolve("lib").resolve(lib)));
                    }
                }
            }
        }
        Set<String> shared = shared(libraries, apart, poms);
        Map<String, Path> sharedFiles = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> service : libraries.entrySet()) {
            if (!apart.contains(service.getKey())) {
                service.getValue().stream().filter(shared::contains).forEach(lib ->
                        sharedFiles.putIfAbsent(lib, appDir.resolve(service.getKey()).resolve("lib").resolve(lib)));
            }
        }
        String classPath = sharedFiles.values().stream().map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator));
        Path launcher = Path.of(BootJars.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        write(appDir.resolve("shared.args"), "-cp \"" + launcher + java.io.File.pathSeparator + classPath + "\"\n");
        for (Map.Entry<String, List<String>> service : libraries.entrySet()) {
            Path home = appDir.resolve(service.getKey());
            List<String> own = new ArrayList<>();
            own.add(home.resolve("classes").toString());
            service.getValue().stream().filter(lib -> apart.contains(service.getKey()) || !shared.contains(lib))
                    .map(lib -> home.resolve("lib").resolve(lib).toString()).forEach(own::add);
            write(home.resolve("own.classpath"), String.join("\n", own) + "\n");
            write(home.resolve("isolated"), Boolean.toString(apart.contains(service.getKey())) + "\n");
        }
        System.out.println("[platform] " + shared.size() + " libraries shared by " + (jars.size() - apart.size())
                + " services (" + appDir + ")");
    }

    /**
     * The libraries of the services not kept apart, less those with JVM-wide state, those that come in more than one
     * version and those that need one of these (and so on): the parent class loader could not give a shared library
     * a class of a library each service keeps (POI, shared, beside a commons-io in two versions could not load it). A
     * library only some services carry is shared too: a shared framework class may refer to it (Spring Boot reads
     * Groovy bean definitions when Groovy is present, and only notify-service carries Groovy), and the libraries that
     * only some services carry hold no Spring auto-configuration that could switch on elsewhere. Libraries are told
     * apart by their Maven {@code group:artifact} ({@link LibraryPom}).
     */
    static Set<String> shared(Map<String, List<String>> libraries, Set<String> apart, Map<String, LibraryPom> poms) {
        Map<String, Set<String>> versions = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> service : libraries.entrySet()) {
            if (!apart.contains(service.getKey())) {
                service.getValue().forEach(lib -> versions.computeIfAbsent(poms.get(lib).id(), a -> new LinkedHashSet<>()).add(lib));
            }
        }
        Set<String> shared = new LinkedHashSet<>();
        versions.values().stream().filter(files -> files.size() == 1).forEach(shared::addAll);
        shared.removeIf(lib -> KEPT_APART.stream().anyMatch(lib::startsWith));
        Set<String> carried = versions.keySet();
        boolean changed = true;
        while (changed) {
            Set<String> sharedIds = shared.stream().map(lib -> poms.get(lib).id()).collect(Collectors.toSet());
            changed = shared.removeIf(lib -> poms.get(lib).needs().stream()
                    .anyMatch(need -> carried.contains(need) && !sharedIds.contains(need)));
        }
        return shared;
    }

    /** The library without its version: {@code spring-core-6.2.12.jar} → {@code spring-core}, a classifier kept. */
    static String artifact(String library) {
        return library.replaceFirst("-\\d[^-]*", "");
    }

    /**
     * Unpacks {@code BOOT-INF/classes} and {@code BOOT-INF/lib} of a boot jar into {@code home} unless it holds this
     * very jar already (same size and time); returns the library file names in the jar's class-path order.
     */
    static List<String> unpack(Path jar, Path home) throws IOException {
        String identity = jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        Path stamp = home.resolve(STAMP);
        Path index = home.resolve("libraries");
        if (Files.exists(stamp) && Files.readString(stamp).trim().equals(identity) && Files.exists(index)) {
            return Files.readAllLines(index);
        }
        deleteRecursively(home);
        Files.createDirectories(home.resolve("lib"));
        List<String> libraries = new ArrayList<>();
        try (JarFile boot = new JarFile(jar.toFile())) {
            String classes = boot.getManifest().getMainAttributes().getValue("Spring-Boot-Classes");
            String lib = boot.getManifest().getMainAttributes().getValue("Spring-Boot-Lib");
            if (classes == null || lib == null) {
                throw new IllegalArgumentException(jar + " is not a Spring Boot jar");
            }
            for (ZipEntry entry : java.util.Collections.list(boot.entries())) {
                String name = entry.getName();
                Path target;
                if (name.startsWith(classes)) {
                    target = home.resolve("classes").resolve(name.substring(classes.length()));
                } else if (name.startsWith(lib) && !entry.isDirectory()) {
                    target = home.resolve("lib").resolve(name.substring(lib.length()));
                } else {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = boot.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                // a library keeps its own time, so the class archive of the shared ones (./platform) stays valid
                // when a service is rebuilt
                if (entry.getLastModifiedTime() != null) {
                    Files.setLastModifiedTime(target, entry.getLastModifiedTime());
                }
            }
            libraries.addAll(classPathOrder(boot, lib));
            write(home.resolve("start-class"), boot.getManifest().getMainAttributes().getValue("Start-Class") + "\n");
        }
        // the jar-mode tools only serve `java -Djarmode=tools -jar`, never a running service
        libraries.removeIf(name -> name.startsWith("spring-boot-jarmode"));
        Files.write(index, libraries);
        write(stamp, identity + "\n");
        return libraries;
    }

    /** The libraries in {@code BOOT-INF/classpath.idx} order, the order the boot jar itself loads them in. */
    private static List<String> classPathOrder(JarFile boot, String lib) throws IOException {
        Attributes attributes = boot.getManifest().getMainAttributes();
        String indexName = attributes.getValue("Spring-Boot-Classpath-Index");
        ZipEntry indexEntry = indexName == null ? null : boot.getEntry(indexName);
        List<String> order = new ArrayList<>();
        if (indexEntry != null) {
            try (InputStream in = boot.getInputStream(indexEntry)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String entry = line.replaceFirst("^- \"", "").replaceFirst("\"$", "").trim();
                    if (entry.startsWith(lib)) {
                        order.add(entry.substring(lib.length()));
                    }
                }
            }
        } else {
            boot.stream().map(ZipEntry::getName).filter(name -> name.startsWith(lib) && name.endsWith(".jar"))
                    .map(name -> name.substring(lib.length())).forEach(order::add);
        }
        return order;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
