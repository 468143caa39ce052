package com.gongxuhui.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Who a library is and what it needs at run time, from the Maven files it carries ({@code META-INF/maven/<group>/
 * <artifact>/pom.properties} and {@code pom.xml}): its {@code group:artifact} and those of its dependencies of scope
 * compile or runtime that are not optional. A library without them (or a shaded one whose files do not name it) is
 * known by its file name without the version, and needs nothing as far as this can tell.
 */
record LibraryPom(String id, Set<String> needs) {

    private static final Set<String> RUN_TIME_SCOPES = Set.of("", "compile", "runtime");

    static LibraryPom of(Path jar) throws IOException {
        String file = jar.getFileName().toString();
        try (JarFile library = new JarFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(library.entries())) {
                String name = entry.getName();
                if (!name.startsWith("META-INF/maven/") || !name.endsWith("/pom.properties")) {
                    continue;
                }
                Properties properties = new Properties();
                try (InputStream in = library.getInputStream(entry)) {
                    properties.load(in);
                }
                String group = properties.getProperty("groupId");
                String artifact = properties.getProperty("artifactId");
                String stem = artifact + "-" + properties.getProperty("version");
                if (group == null || artifact == null || !file.startsWith(stem)) {
                    continue;
                }
                // a classifier (netty's native-epoll-…-linux-x86_64) is a library of its own
                String classifier = file.substring(stem.length()).replaceFirst("\\.jar$", "");
                String id = group + ":" + artifact + (classifier.isEmpty() ? "" : ":" + classifier.substring(1));
                ZipEntry pom = library.getEntry(name.substring(0, name.length() - "pom.properties".length()) + "pom.xml");
                if (pom == null) {
                    return new LibraryPom(id, Set.of());
                }
                try (InputStream in = library.getInputStream(pom)) {
                    return new LibraryPom(id, dependencies(in, group));
                }
            }
        }
        return new LibraryPom(BootJars.artifact(file), Set.of());
    }

    /** The {@code group:artifact} of the pom's own run-time dependencies ({@code ${project.groupId}} resolved). */
    static Set<String> dependencies(InputStream pom, String ownGroup) throws IOException {
        Set<String> needed = new LinkedHashSet<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder().parse(pom).getDocumentElement();
            // the project's own <dependencies>, not those of <dependencyManagement> or of a profile
            for (Element dependencies : children(project, "dependencies")) {
                for (Element dependency : children(dependencies, "dependency")) {
                    if (RUN_TIME_SCOPES.contains(text(dependency, "scope")) && !"true".equals(text(dependency, "optional"))) {
                        String group = text(dependency, "groupId");
                        group = group.equals("${project.groupId}") || group.equals("${groupId}") ? ownGroup : group;
                        needed.add(group + ":" + text(dependency, "artifactId"));
                    }
                }
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("unreadable pom", e);
        }
        return needed;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).stream().findFirst().map(e -> e.getTextContent().trim()).orElse("");
    }
}
