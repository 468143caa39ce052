package com.gongxuhui.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The chart rendered by Helm itself (helm-java: Helm 3's Go library from Maven Central), as the YAML documents
 * Helm produced and as Kubernetes' typed objects.
 *
 * <p>helm-java's {@code template} leaves hook resources out, as {@code helm template --no-hooks} would, while
 * {@code helm template} and {@code helm install} include them. The chart is therefore rendered from a copy whose
 * {@code helm.sh/hook} annotations are renamed {@value #HOOK_ANNOTATION}: the hooks come out as ordinary
 * documents, carrying what their annotation said under that name.
 */
final class RenderedChart {

    static final String HOOK_ANNOTATION = "gongxuhui.cn/rendered-hook";
    static final String NAMESPACE = "gongxuhui";

    private final List<Map<String, Object>> documents;
    private final List<HasMetadata> resources;

    private RenderedChart(List<Map<String, Object>> documents) {
        this.documents = documents;
        this.resources = documents.stream().map(KubernetesSchema::read).toList();
    }

    /** The chart with its own values and the given overrides ({@code --set key=value}). */
    static RenderedChart render(Map<String, Object> overrides) {
        Path copy = copyWithHooksKept();
        var template = new Helm(copy).template().withName("gongxuhui").withNamespace(NAMESPACE)
                .withKubeVersion("1.32.0");
        for (Map.Entry<String, Object> override : overrides.entrySet()) {
            template = template.set(override.getKey(), override.getValue());
        }
        return new RenderedChart(parse(template.call()));
    }

    private static RenderedChart defaults;

    /** The chart with its own values, rendered once per test JVM. */
    static synchronized RenderedChart withDefaults() {
        if (defaults == null) {
            defaults = render(Map.of());
        }
        return defaults;
    }

    List<Map<String, Object>> documents() {
        return documents;
    }

    List<HasMetadata> resources() {
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst();
    }

    /** The pod templates of every workload: Deployments and Jobs, by workload name. */
    Map<String, PodTemplateSpec> podTemplates() {
        Map<String, PodTemplateSpec> templates = new LinkedHashMap<>();
        all(Deployment.class).forEach(d -> templates.put(d.getMetadata().getName(), d.getSpec().getTemplate()));
        all(Job.class).forEach(j -> templates.put(j.getMetadata().getName(), j.getSpec().getTemplate()));
        return templates;
    }

    private static List<Map<String, Object>> parse(String manifest) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yaml.loadAll(manifest)) {
            if (document != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) document;
                documents.add(map);
            }
        }
        return documents;
    }

    private static Path copyWithHooksKept() {
        try {
            Path copy = Files.createTempDirectory("gongxuhui-chart");
            // FOLLOW_LINKS: files/nacos and files/nacos-import.sh are links to deploy/nacos and the import script
            try (Stream<Path> files = Files.walk(Repository.CHART, FileVisitOption.FOLLOW_LINKS)) {
                for (Path source : files.toList()) {
                    Path target = copy.resolve(Repository.CHART.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        String text = Files.readString(source);
                        if (source.toString().contains("/templates/")) {
                            text = text.replace("helm.sh/hook:", HOOK_ANNOTATION + ":");
                        }
                        Files.writeString(target, text);
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson as the typed model wants it; unknown fields are caught by {@link KubernetesSchema}. */
    static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
}
