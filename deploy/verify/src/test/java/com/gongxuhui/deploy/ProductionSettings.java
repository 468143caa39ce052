package com.gongxuhui.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The environment variables a service needs in production, read from its configuration as Spring would assemble
 * it under the {@code prod} profile: common-lib's {@code gxh-import-defaults.yml}, {@code gxh-defaults.yml} and
 * {@code gxh-defaults-prod.yml} (servlet services), the service's {@code application.yml} documents active in prod,
 * its {@code application-prod.yml}, and its Nacos data-id ({@code deploy/nacos}); each later source overriding
 * the earlier ones key by key. A variable is needed when a placeholder of the resulting settings names it
 * ({@code ${GXH_X}}, including ones nested in defaults) with no default, an empty default (a credential or a
 * feature that is off until set) or a default on this machine (127.0.0.1, localhost); and when a credential of a
 * {@code @ConfigurationProperties} record that no setting fills is bound from the environment by name
 * ({@code gxh.dingtalk.app-key} ← {@code GXH_DINGTALK_APP_KEY}).
 */
final class ProductionSettings {

    /** Empty means "detect it" for these: the executor announces the address it finds itself. */
    static final Set<String> DETECTED_WHEN_EMPTY = Set.of("GXH_XXL_JOB_EXECUTOR_ADDRESS", "GXH_XXL_JOB_EXECUTOR_IP");

    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern PROPERTIES_RECORD = Pattern.compile(
            "@ConfigurationProperties\\(\"([a-z0-9.-]+)\"\\)\\s*(?:public\\s+)?record\\s+\\w+\\((.*?)\\)\\s*\\{",
            Pattern.DOTALL);
    private static final Pattern CREDENTIAL_COMPONENT = Pattern.compile("\\bString\\s+(\\w*(?:[Kk]ey|[Ss]ecret|[Tt]oken|[Pp]assword))\\b");
    /** A component whose type is a record of the same file ({@code S3 s3}): its own components lie one level down. */
    private static final Pattern RECORD_COMPONENT = Pattern.compile("\\b([A-Z]\\w*)\\s+(\\w+)\\s*(?:,|$)");

    private ProductionSettings() {
    }

    /** The variables {@code service} (an application name, or the gateway) needs in production. */
    static Set<String> neededBy(String service) {
        Map<String, String> settings = effectiveSettings(service);
        Set<String> needed = new TreeSet<>();
        settings.values().forEach(value -> collect(value, needed));
        needed.removeAll(DETECTED_WHEN_EMPTY);
        needed.addAll(credentialsBoundByName(service, settings));
        return needed;
    }

    static Map<String, String> effectiveSettings(String service) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (!service.equals(Repository.GATEWAY)) {
            Path common = Repository.ROOT.resolve("common-lib/src/main/resources");
            for (String file : List.of("gxh-import-defaults.yml", "gxh-defaults.yml", "gxh-defaults-prod.yml")) {
                addDocuments(settings, common.resolve(file));
            }
        }
        Path resources = Repository.module(service).resolve("src/main/resources");
        addDocuments(settings, resources.resolve("application.yml"));
        addDocuments(settings, resources.resolve("application-prod.yml"));
        addDocuments(settings, Repository.ROOT.resolve("deploy/nacos/" + service + ".yaml"));
        return settings;
    }

    /** Adds the documents of a YAML file that apply under the prod profile, in order, over what is there. */
    @SuppressWarnings("unchecked")
    private static void addDocuments(Map<String, String> settings, Path file) {
        if (!Files.exists(file)) {
            return;
        }
        for (Object document : new Yaml().loadAll(Repository.read(file))) {
            if (document instanceof Map<?, ?> map) {
                Map<String, String> flat = new LinkedHashMap<>();
                flatten("", map, flat);
                String profiles = flat.get("spring.config.activate.on-profile");
                if (profiles == null || List.of(profiles.split("[|,&()\\s]+")).contains("prod")) {
                    settings.putAll(flat);
                }
            }
        }
    }

    private static void flatten(String prefix, Object value, Map<String, String> flat) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, child, flat));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), flat);
            }
        } else {
            flat.put(prefix, String.valueOf(value));
        }
    }

    /** The environment variables the placeholders of {@code value} need (see the class comment). */
    static void collect(String value, Set<String> needed) {
        int start = value.indexOf("${");
        while (start >= 0) {
            int end = closingBrace(value, start + 2);
            String inside = value.substring(start + 2, end);
            int colon = topLevelColon(inside);
            String name = colon < 0 ? inside : inside.substring(0, colon);
            String fallback = colon < 0 ? null : inside.substring(colon + 1);
            if (ENVIRONMENT_NAME.matcher(name).matches()
                    && (fallback == null || fallback.isEmpty() || fallback.contains("127.0.0.1") || fallback.contains("localhost"))) {
                needed.add(name);
            }
            if (fallback != null) {
                collect(fallback, needed);
            }
            start = value.indexOf("${", end);
        }
    }

    private static int closingBrace(String value, int from) {
        int depth = 1;
        for (int i = from; i < value.length(); i++) {
            if (value.startsWith("${", i)) {
                depth++;
                i++;
            } else if (value.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed placeholder in " + value);
    }

    private static int topLevelColon(String inside) {
        int depth = 0;
        for (int i = 0; i < inside.length(); i++) {
            if (inside.startsWith("${", i)) {
                depth++;
                i++;
            } else if (inside.charAt(i) == '}') {
                depth--;
            } else if (inside.charAt(i) == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Credentials of the {@code @ConfigurationProperties} records of the service (and of common-lib, for the servlet
     * services), and of the records nested in them, that no setting fills.
     */
    private static Set<String> credentialsBoundByName(String service, Map<String, String> settings) {
        List<Path> sources = new java.util.ArrayList<>(Repository.files(Repository.module(service).resolve("src/main/java")));
        if (!service.equals(Repository.GATEWAY)) {
            sources.addAll(Repository.files(Repository.ROOT.resolve("common-lib/src/main/java")));
        }
        Set<String> credentials = new TreeSet<>();
        for (Path source : sources) {
            String text = Repository.read(source);
            Matcher record = PROPERTIES_RECORD.matcher(text);
            while (record.find()) {
                addCredentials(record.group(1), record.group(2), settings, credentials);
                Matcher nested = RECORD_COMPONENT.matcher(record.group(2));
                while (nested.find()) {
                    Matcher inner = Pattern.compile("record\\s+" + nested.group(1) + "\\((.*?)\\)\\s*\\{", Pattern.DOTALL)
                            .matcher(text);
                    if (inner.find()) {
                        addCredentials(record.group(1) + "." + kebab(nested.group(2)), inner.group(1), settings, credentials);
                    }
                }
            }
        }
        return credentials;
    }

    private static void addCredentials(String prefix, String components, Map<String, String> settings, Set<String> credentials) {
        Matcher component = CREDENTIAL_COMPONENT.matcher(components);
        while (component.find()) {
            String property = prefix + "." + kebab(component.group(1));
            if (!settings.containsKey(property)) {
                credentials.add(property.replace('.', '_').replace('-', '_').toUpperCase());
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
