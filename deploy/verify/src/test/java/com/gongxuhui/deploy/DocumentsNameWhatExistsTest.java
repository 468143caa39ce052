package com.gongxuhui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the documents name only what the repository holds: every link to a file, every path in
 * {@code code} that starts at one of the repository's top folders (build output under {@code target/} aside, which
 * a build makes), and every test class named in {@code code}.
 */
class DocumentsNameWhatExistsTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern REPO_PATH = Pattern.compile("[\\w.\\-]+(/[\\w.\\-]+)+/?");
    private static final Pattern TEST_CLASS = Pattern.compile("[A-Z][A-Za-z0-9]*(IT|Test)");

    @Test
    void everyLinkPathAndTestTheDocumentsNameExists() {
        Set<String> topFolders = list(Repository.ROOT).stream().filter(Files::isDirectory)
                .map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        Set<String> testClasses = javaFiles().stream().map(p -> p.getFileName().toString().replace(".java", ""))
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Path document : documents()) {
            String text = Repository.read(document);
            String name = Repository.ROOT.relativize(document).toString();
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (!target.contains(":") && !Files.exists(document.getParent().resolve(target))) {
                    missing.add(name + ": link " + target);
                }
            }
            Matcher code = CODE.matcher(text);
            while (code.find()) {
                String token = code.group(1).trim();
                List<String> segments = List.of(token.split("/"));
                boolean repoPath = REPO_PATH.matcher(token).matches() && topFolders.contains(segments.get(0))
                        && !segments.contains("target");
                if (repoPath && !Files.exists(Repository.ROOT.resolve(token))) {
                    missing.add(name + ": path " + token);
                }
                if (TEST_CLASS.matcher(token).matches() && !testClasses.contains(token)) {
                    missing.add(name + ": test " + token);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Path> documents() {
        try (Stream<Path> files = Files.walk(Repository.ROOT)) {
            return files.filter(p -> p.toString().endsWith(".md")).filter(DocumentsNameWhatExistsTest::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(Repository.ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(DocumentsNameWhatExistsTest::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written by us: not build output, installed packages or the embedded platform's data. */
    private static boolean source(Path file) {
        String path = Repository.ROOT.relativize(file).toString();
        return !path.matches("(.*/)?(target|node_modules|dist|\\.data[\\w-]*|\\.git|\\.mvn)/.*");
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
