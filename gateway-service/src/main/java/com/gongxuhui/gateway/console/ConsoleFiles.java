package com.gongxuhui.gateway.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * The console's build (the console module, packed under classpath:/console/), read into memory once when the gateway
 * starts: about 2 MB. Each request is then answered from memory on the event loop instead of reading a jar entry
 * there, a blocking read per request. (A page's script once went unanswered in CI; this was not shown to be why.)
 */
final class ConsoleFiles {

    private static final String ROOT = "console/";
    private static final String INDEX = "index.html";

    /** A file of the build: its bytes and their media type. */
    record ConsoleFile(byte[] content, MediaType mediaType) {
    }

    private final Map<String, ConsoleFile> byPath;

    private ConsoleFiles(Map<String, ConsoleFile> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    /** The build found by this class loader, or none (a gateway built without the console answers 404). */
    static ConsoleFiles load(ClassLoader loader) {
        URL index = loader.getResource(ROOT + INDEX);
        if (index == null) {
            return new ConsoleFiles(Map.of());
        }
        String root = index.toString().substring(0, index.toString().length() - INDEX.length());
        Map<String, ConsoleFile> files = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(loader).getResources(root + "**")) {
                String url = resource.getURL().toString();
                if (url.startsWith(root) && !url.endsWith("/") && resource.isReadable()) {
                    files.put("/" + url.substring(root.length()), read(resource));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The console's build could not be read from " + root, e);
        }
        return new ConsoleFiles(files);
    }

    private static ConsoleFile read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new ConsoleFile(in.readAllBytes(),
                    MediaTypeFactory.getMediaType(resource).orElse(MediaType.APPLICATION_OCTET_STREAM));
        }
    }

    /** The file at this request path ("/assets/index-x.js"), or null. */
    ConsoleFile at(String path) {
        return byPath.get(path);
    }

    ConsoleFile index() {
        return byPath.get("/" + INDEX);
    }
}
