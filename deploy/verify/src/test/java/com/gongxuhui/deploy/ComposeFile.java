package com.gongxuhui.deploy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** deploy/production/docker-compose.yml as Compose reads it (anchors and {@code <<} merge keys resolved). */
final class ComposeFile {

    static final String TEXT = Repository.read(Repository.PRODUCTION.resolve("docker-compose.yml"));
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?[-?])?([^}]*)}");

    private final Map<String, Object> compose;

    ComposeFile() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(200);
        this.compose = new Yaml(new SafeConstructor(options)).load(TEXT);
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    Map<String, Object> service(String name) {
        Map<String, Object> service = services().get(name);
        if (service == null) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return service;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> environment(String name) {
        Object environment = service(name).get("environment");
        return environment == null ? Map.of() : (Map<String, Object>) environment;
    }

    @SuppressWarnings("unchecked")
    Set<String> volumes() {
        return ((Map<String, Object>) compose.get("volumes")).keySet();
    }

    /** The variables the file interpolates that have no default ({@code ${X}}, {@code ${X:?…}}). */
    static Set<String> requiredInterpolations() {
        Set<String> required = new LinkedHashSet<>();
        Matcher matcher = INTERPOLATION.matcher(TEXT);
        while (matcher.find()) {
            String operator = matcher.group(2);
            if (operator == null || operator.endsWith("?")) {
                required.add(matcher.group(1));
            }
        }
        return required;
    }

    /** Every variable the file interpolates. */
    static Set<String> interpolations() {
        Set<String> all = new LinkedHashSet<>();
        Matcher matcher = INTERPOLATION.matcher(TEXT);
        while (matcher.find()) {
            all.add(matcher.group(1));
        }
        return all;
    }

    /** The variables .env.example lists ({@code NAME=value} lines). */
    static Set<String> envExample() {
        Set<String> names = new LinkedHashSet<>();
        for (String line : Repository.read(Repository.PRODUCTION.resolve(".env.example")).lines().toList()) {
            if (line.matches("[A-Z][A-Z0-9_]*=.*")) {
                names.add(line.substring(0, line.indexOf('=')));
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    static List<String> list(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
