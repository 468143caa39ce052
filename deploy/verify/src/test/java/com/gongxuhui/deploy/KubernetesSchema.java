package com.gongxuhui.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rendered document into Kubernetes' typed model (fabric8), strictly: the apiVersion and kind must be
 * ones the chart is meant to produce, every field must be typed right (Jackson refuses a string for a number,
 * an unknown enum-like structure, …), and no field may be unknown. fabric8 keeps unknown fields in each object's
 * {@code additionalProperties} instead of refusing them; this class walks the whole object and refuses any.
 *
 * <p>Custom resources (External Secrets Operator's {@code ExternalSecret}) have no typed model here; their
 * fields are checked against the ones of {@code external-secrets.io/v1} that the chart uses.
 */
final class KubernetesSchema {

    private static final Map<String, Class<? extends HasMetadata>> TYPES = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("batch/v1/Job", Job.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class));

    private static final String EXTERNAL_SECRET = "external-secrets.io/v1/ExternalSecret";

    private KubernetesSchema() {
    }

    static HasMetadata read(Map<String, Object> document) {
        String type = document.get("apiVersion") + "/" + document.get("kind");
        if (type.equals(EXTERNAL_SECRET)) {
            checkExternalSecret(document);
            return RenderedChart.JSON.convertValue(document, GenericKubernetesResource.class);
        }
        Class<? extends HasMetadata> model = TYPES.get(type);
        if (model == null) {
            throw new AssertionError("the chart renders " + type + ", which these tests do not know: " + name(document));
        }
        HasMetadata resource;
        try {
            resource = RenderedChart.JSON.convertValue(document, model);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(type + " " + name(document) + " does not fit the Kubernetes schema: " + e.getMessage(), e);
        }
        List<String> unknown = new ArrayList<>();
        collectUnknownFields(resource, "", unknown);
        if (!unknown.isEmpty()) {
            throw new AssertionError(type + " " + name(document) + " has fields Kubernetes does not know: " + unknown);
        }
        return resource;
    }

    /** Every path below {@code object} where fabric8 kept a field its model does not have. */
    static void collectUnknownFields(Object object, String path, List<String> unknown) {
        if (object == null || !object.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(object);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            String property = getter.getName().replaceFirst("^(get|is)", "");
            String field = path + (path.isEmpty() ? "" : ".") + Character.toLowerCase(property.charAt(0))
                    + property.substring(1);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> unknown.add(path + (path.isEmpty() ? "" : ".") + key));
                }
            } else if (value instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    collectUnknownFields(item, field + "[" + i++ + "]", unknown);
                }
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((key, item) -> collectUnknownFields(item, field + "[" + key + "]", unknown));
            } else {
                collectUnknownFields(value, field, unknown);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkExternalSecret(Map<String, Object> document) {
        String name = name(document);
        allowed(document, Set.of("apiVersion", "kind", "metadata", "spec"), name);
        Map<String, Object> spec = (Map<String, Object>) document.get("spec");
        allowed(spec, Set.of("refreshInterval", "secretStoreRef", "target", "data", "dataFrom"), name + ".spec");
        allowed((Map<String, Object>) spec.get("secretStoreRef"), Set.of("name", "kind"), name + ".spec.secretStoreRef");
        allowed((Map<String, Object>) spec.get("target"),
                Set.of("name", "creationPolicy", "deletionPolicy", "template", "immutable"), name + ".spec.target");
        for (Map<String, Object> item : (List<Map<String, Object>>) spec.get("data")) {
            allowed(item, Set.of("secretKey", "remoteRef"), name + ".spec.data[]");
            allowed((Map<String, Object>) item.get("remoteRef"),
                    Set.of("key", "property", "version", "conversionStrategy", "decodingStrategy", "metadataPolicy"),
                    name + ".spec.data[].remoteRef");
        }
    }

    private static void allowed(Map<String, Object> object, Set<String> fields, String where) {
        if (object == null) {
            throw new AssertionError(where + " is missing");
        }
        for (String field : object.keySet()) {
            if (!fields.contains(field)) {
                throw new AssertionError(where + "." + field + " is not a field of external-secrets.io/v1 ExternalSecret");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String name(Map<String, Object> document) {
        Object metadata = document.get("metadata");
        return metadata instanceof Map<?, ?> m ? String.valueOf(((Map<String, Object>) m).get("name")) : "(no name)";
    }
}
