package com.gongxuhui.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The chart renders with Helm, passes Helm's own lint, and every document it renders is valid Kubernetes. */
class HelmChartSchemaTest {

    @Test
    void everyRenderedDocumentReadsIntoKubernetesTypedModelWithNoUnknownField() {
        Map<String, Long> kinds = RenderedChart.withDefaults().resources().stream()
                .collect(Collectors.groupingBy(HasMetadata::getKind, Collectors.counting()));

        // the gateway, six services, the console and XXL-JOB admin; six migrations and three set-up hooks
        assertThat(kinds).containsEntry("Deployment", 9L).containsEntry("Job", 9L)
                .containsEntry("PodDisruptionBudget", 8L).containsEntry("HorizontalPodAutoscaler", 8L)
                .containsEntry("Service", 9L).containsEntry("ServiceAccount", 9L).containsEntry("Ingress", 1L)
                .containsEntry("ConfigMap", 1L).containsKey("NetworkPolicy");
    }

    @Test
    void theSchemaCheckRefusesAMistypedOrUnknownField() {
        Map<String, Object> deployment = deployment();
        assertThat(KubernetesSchema.read(deployment).getMetadata().getName()).isEqualTo("probe");

        Map<String, Object> misspelt = deployment();
        container(misspelt).put("imagePullPolcy", "Always");
        assertThatThrownBy(() -> KubernetesSchema.read(misspelt))
                .hasMessageContaining("spec.template.spec.containers[0]").hasMessageContaining("imagePullPolcy");

        Map<String, Object> mistyped = deployment();
        spec(mistyped).put("replicas", "two");
        assertThatThrownBy(() -> KubernetesSchema.read(mistyped)).hasMessageContaining("does not fit the Kubernetes schema");

        Map<String, Object> unknownKind = deployment();
        unknownKind.put("apiVersion", "apps/v1beta1");
        assertThatThrownBy(() -> KubernetesSchema.read(unknownKind)).hasMessageContaining("apps/v1beta1/Deployment");
    }

    @Test
    void helmLintFindsNothingWrong() {
        LintResult lint = new Helm(Repository.CHART).lint().strict().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @Test
    void externalSecretsReadEveryDeclaredKeyFromTheStoreEntryOfItsSecret() {
        RenderedChart chart = RenderedChart.render(Map.of("externalSecrets.enabled", true));
        @SuppressWarnings("unchecked")
        Map<String, List<String>> declared = (Map<String, List<String>>) chartValues().get("secrets");

        List<GenericKubernetesResource> externalSecrets = chart.all(GenericKubernetesResource.class);
        assertThat(externalSecrets).extracting(r -> r.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(declared.keySet());
        for (GenericKubernetesResource externalSecret : externalSecrets) {
            String name = externalSecret.getMetadata().getName();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> data = (List<Map<String, Object>>) ((Map<String, Object>) externalSecret
                    .getAdditionalProperties().get("spec")).get("data");
            assertThat(data).extracting(d -> d.get("secretKey")).as(name).containsExactlyElementsOf(declared.get(name));
            assertThat(data).extracting(d -> String.valueOf(((Map<?, ?>) d.get("remoteRef")).get("key"))).as(name)
                    .containsOnly("gongxuhui/" + name);
            // made before the hooks that read the Secrets
            assertThat(externalSecret.getMetadata().getAnnotations())
                    .containsEntry(RenderedChart.HOOK_ANNOTATION, "pre-install,pre-upgrade")
                    .containsEntry("helm.sh/hook-weight", "-30");
        }
    }

    static Map<String, Object> chartValues() {
        return new Yaml().load(Repository.read(Repository.CHART.resolve("values.yaml")));
    }

    private static Map<String, Object> deployment() {
        Map<String, Object> container = new LinkedHashMap<>(Map.of("name", "probe", "image", "busybox"));
        Map<String, Object> podSpec = new HashMap<>(Map.of("containers", List.of(container)));
        Map<String, Object> template = new HashMap<>(Map.of("metadata", Map.of("labels", Map.of("a", "b")),
                "spec", podSpec));
        Map<String, Object> spec = new HashMap<>(Map.of("replicas", 2, "selector",
                Map.of("matchLabels", Map.of("a", "b")), "template", template));
        return new HashMap<>(Map.of("apiVersion", "apps/v1", "kind", "Deployment",
                "metadata", Map.of("name", "probe"), "spec", spec));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(Map<String, Object> deployment) {
        return (Map<String, Object>) deployment.get("spec");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container(Map<String, Object> deployment) {
        Map<String, Object> template = (Map<String, Object>) spec(deployment).get("template");
        return ((List<Map<String, Object>>) ((Map<String, Object>) template.get("spec")).get("containers")).get(0);
    }
}
