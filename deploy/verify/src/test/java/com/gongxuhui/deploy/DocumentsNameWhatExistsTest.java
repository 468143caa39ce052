package com.gongxuhui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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
    /** The embedded platform's data folders, git's own files and the console's build. */
    private static final String NOT_OURS = "(\\.data[\\w-]*|\\.git)/.*|(.*/)?dist/.*";
    private static final Pattern TEST_CLASS = Pattern.compile("[A-Z][A-Za-z0-9]*(IT|Test)");

    @Test
    void everyLinkPathAndTestTheDocumentsNameExists() {
        Set<String> topFolders = Stream.of(Repository.ROOT.toFile().listFiles(File::isDirectory))
                .map(File::getName).collect(Collectors.toSet());
        Set<String> testClasses = sources(".java").stream().map(p -> p.getFileName().toString().replace(".java", ""))
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Path document : sources(".md")) {
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

    /** Written by us: not build output or installed packages ({@link Repository#files}), nor the platform's data. */
    private static List<Path> sources(String suffix) {
        return Repository.files(Repository.ROOT).stream().filter(p -> p.toString().endsWith(suffix))
                .filter(p -> !Repository.ROOT.relativize(p).toString().matches(NOT_OURS)).toList();
    }
}
