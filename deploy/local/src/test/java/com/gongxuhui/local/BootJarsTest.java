package com.gongxuhui.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which libraries the services' JVM loads once, in the parent class loader, and which each service keeps. */
class BootJarsTest {

    @TempDir
    Path appDir;

    private final Map<String, List<String>> libraries = new LinkedHashMap<>();
    private final Map<String, LibraryPom> poms = new LinkedHashMap<>();

    @Test
    void aLibraryIsKeptWithEachServiceWhenOneItNeedsComesInTwoVersions() throws IOException {
        carry("expert", library("poi-5.5.1.jar", "org.apache.poi", "poi", "5.5.1", "commons-io:commons-io"),
                library("commons-io-2.21.0.jar", "commons-io", "commons-io", "2.21.0"),
                library("spring-core-6.2.12.jar", "org.springframework", "spring-core", "6.2.12"));
        carry("org", library("commons-io-2.22.0.jar", "commons-io", "commons-io", "2.22.0"),
                library("spring-core-6.2.12.jar", "org.springframework", "spring-core", "6.2.12"));

        assertThat(BootJars.shared(libraries, Set.of(), poms)).containsExactly("spring-core-6.2.12.jar");
    }

    @Test
    void withOneVersionEverywhereTheLibraryAndWhatItNeedsAreShared() throws IOException {
        carry("expert", library("poi-5.5.1.jar", "org.apache.poi", "poi", "5.5.1", "commons-io:commons-io"),
                library("commons-io-2.22.0.jar", "commons-io", "commons-io", "2.22.0"));
        carry("org", library("commons-io-2.22.0.jar", "commons-io", "commons-io", "2.22.0"));

        assertThat(BootJars.shared(libraries, Set.of(), poms))
                .containsExactlyInAnyOrder("poi-5.5.1.jar", "commons-io-2.22.0.jar");
    }

    @Test
    void librariesOfOneNameFromOtherGroupsOrWithOtherClassifiersAreNotVersionsOfOneAnother() throws IOException {
        carry("org", library("annotations-13.0.jar", "org.jetbrains", "annotations", "13.0"),
                library("netty-transport-native-epoll-4.1.128.Final-linux-x86_64.jar", "io.netty",
                        "netty-transport-native-epoll", "4.1.128.Final"));
        carry("expert", library("annotations-2.59.1.jar", "software.amazon.awssdk", "annotations", "2.59.1"),
                library("netty-transport-native-epoll-4.1.128.Final-linux-aarch_64.jar", "io.netty",
                        "netty-transport-native-epoll", "4.1.128.Final"));

        assertThat(BootJars.shared(libraries, Set.of(), poms)).hasSize(4);
    }

    @Test
    void librariesWithJvmWideStateAndAServiceKeptApartShareNothing() throws IOException {
        carry("org", library("sentinel-core-1.8.9.jar", "com.alibaba.csp", "sentinel-core", "1.8.9"),
                library("jackson-core-2.19.2.jar", "com.fasterxml.jackson.core", "jackson-core", "2.19.2"));
        carry("gateway", library("reactor-core-3.7.12.jar", "io.projectreactor", "reactor-core", "3.7.12"));

        assertThat(BootJars.shared(libraries, Set.of("gateway"), poms)).containsExactly("jackson-core-2.19.2.jar");
    }

    private void carry(String service, String... libs) {
        libraries.put(service, List.of(libs));
    }

    /** A jar in the service-independent folder with the Maven files a real one carries; its pom's compile needs. */
    private String library(String file, String group, String artifact, String version, String... needs)
            throws IOException {
        Path jar = appDir.resolve(file);
        if (!Files.exists(jar)) {
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                String base = "META-INF/maven/" + group + "/" + artifact + "/";
                write(out, base + "pom.properties", "groupId=" + group + "\nartifactId=" + artifact + "\nversion="
                        + version + "\n");
                StringBuilder pom = new StringBuilder("<project><groupId>" + group + "</groupId><dependencies>");
                for (String need : needs) {
                    String[] ga = need.split(":");
                    pom.append("<dependency><groupId>").append(ga[0]).append("</groupId><artifactId>").append(ga[1])
                            .append("</artifactId></dependency>");
                }
                // what the JVM does not need at run time
                pom.append("<dependency><groupId>org.junit</groupId><artifactId>junit</artifactId>"
                        + "<scope>test</scope></dependency></dependencies></project>");
                write(out, base + "pom.xml", pom.toString());
            }
        }
        poms.put(file, LibraryPom.of(jar));
        return file;
    }

    private static void write(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
