package com.gongxuhui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.deploy.NetworkPolicies.Endpoint;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chart's NetworkPolicies do what they claim, asked of Kubernetes' semantics (NetworkPolicies) with the pods
 * the chart renders, the infrastructure's pods labelled as values.yaml says their charts label them, the ingress
 * controller, Prometheus, the cluster DNS, a pod of some other namespace and addresses outside the cluster.
 */
class NetworkPolicyTest {

    private static final String INFRA = "gongxuhui-infra";
    private static NetworkPolicies network;
    private static Map<String, Endpoint> pods;

    private static final Endpoint INGRESS_CONTROLLER = Endpoint.pod("ingress-nginx-controller", "ingress-nginx",
            Map.of("app.kubernetes.io/name", "ingress-nginx"), Map.of());
    private static final Endpoint PROMETHEUS = Endpoint.pod("prometheus", "monitoring",
            Map.of("app.kubernetes.io/name", "prometheus"), Map.of());
    private static final Endpoint DNS = Endpoint.pod("coredns", "kube-system", Map.of("k8s-app", "kube-dns"),
            Map.of("dns", 53));
    /** Any other workload of the cluster, e.g. a compromised pod of another team. */
    private static final Endpoint INTRUDER = Endpoint.pod("intruder", "other-team", Map.of("app", "intruder"), Map.of());
    private static final Endpoint PUBLIC_API = Endpoint.outside("203.0.113.10");
    private static final Endpoint PRIVATE_ADDRESS = Endpoint.outside("10.1.2.3");

    private static final Endpoint MYSQL = infra("mysql", Map.of("mysql.oracle.com/cluster", "mysql"));
    private static final Endpoint REDIS = infra("redis", Map.of("app.kubernetes.io/name", "redis"));
    private static final Endpoint NAMESERVER = infra("rocketmq-nameserver",
            Map.of("app.kubernetes.io/name", "rocketmq", "component", "nameserver"));
    private static final Endpoint BROKER = infra("rocketmq-broker",
            Map.of("app.kubernetes.io/name", "rocketmq", "component", "broker"));
    private static final Endpoint NACOS = infra("nacos", Map.of("app.kubernetes.io/name", "nacos"));
    private static final Endpoint MINIO = infra("minio", Map.of("app", "minio"));

    @BeforeAll
    static void cluster() {
        RenderedChart chart = RenderedChart.withDefaults();
        List<NetworkPolicy> policies = chart.all(NetworkPolicy.class);
        Map<String, Map<String, String>> namespaces = new HashMap<>();
        Stream.of(RenderedChart.NAMESPACE, INFRA, "ingress-nginx", "monitoring", "kube-system", "other-team")
                .forEach(ns -> namespaces.put(ns, Map.of("kubernetes.io/metadata.name", ns)));
        network = new NetworkPolicies(policies, namespaces);
        pods = new HashMap<>();
        chart.podTemplates().forEach((name, template) -> pods.put(name, pod(name, template)));
    }

    @Test
    void fromOutsideOnlyTheGatewayAndTheConsoleAreReachableAndOnlyThroughTheIngressController() {
        assertThat(network.allows(INGRESS_CONTROLLER, pod("gateway-service"), 8080)).isTrue();
        assertThat(network.allows(INGRESS_CONTROLLER, pod("console"), 8080)).isTrue();
        assertThat(network.allows(INGRESS_CONTROLLER, pod("gateway-service"), 9090)).isFalse();
        assertThat(network.allows(INGRESS_CONTROLLER, pod("xxl-job-admin"), 8080)).isFalse();
        for (String service : Repository.SERVICES) {
            assertThat(network.allows(INGRESS_CONTROLLER, pod(service), port(service))).as(service).isFalse();
            assertThat(network.allows(INTRUDER, pod(service), port(service))).as(service).isFalse();
        }
        assertThat(network.allows(INTRUDER, pod("gateway-service"), 8080)).isFalse();
        assertThat(network.allows(INTRUDER, pod("console"), 8080)).isFalse();
        assertThat(network.allows(PUBLIC_API, pod("gateway-service"), 8080)).isFalse();
    }

    @Test
    void prometheusReachesTheManagementPortOfTheGatewayAndEveryServiceAndNothingElse() {
        for (String workload : javaWorkloads()) {
            assertThat(network.allows(PROMETHEUS, pod(workload), 9090)).as(workload).isTrue();
            assertThat(network.allows(PROMETHEUS, pod(workload), port(workload))).as(workload).isFalse();
            assertThat(network.allows(INTRUDER, pod(workload), 9090)).as(workload).isFalse();
            assertThat(network.allows(INGRESS_CONTROLLER, pod(workload), 9090)).as(workload).isFalse();
        }
        assertThat(network.allows(PROMETHEUS, MYSQL, 3306)).isFalse();
    }

    @Test
    void onlyTheServicesReachMySqlRedisAndRocketMq() {
        for (String service : Repository.SERVICES) {
            Endpoint pod = pod(service);
            assertThat(network.allows(pod, MYSQL, 3306)).as(service).isTrue();
            assertThat(network.allows(pod, REDIS, 6379)).as(service).isTrue();
            assertThat(network.allows(pod, NAMESERVER, 9876)).as(service).isTrue();
            assertThat(network.allows(pod, BROKER, 10911)).as(service).isTrue();
            assertThat(network.allows(pod, NACOS, 8848)).as(service).isTrue();
            assertThat(network.allows(pod, NACOS, 9848)).as(service).isTrue();
            assertThat(network.allows(pod, MINIO, 9000)).as(service).isTrue();
            // a service's own database port only: not, say, Redis on MySQL's host
            assertThat(network.allows(pod, MYSQL, 6379)).as(service).isFalse();
        }
        Endpoint gateway = pod("gateway-service");
        assertThat(network.allows(gateway, MYSQL, 3306)).isFalse();
        assertThat(network.allows(gateway, NAMESERVER, 9876)).isFalse();
        assertThat(network.allows(gateway, BROKER, 10911)).isFalse();
        // the open API's nonces, and the registry
        assertThat(network.allows(gateway, REDIS, 6379)).isTrue();
        assertThat(network.allows(gateway, NACOS, 8848)).isTrue();
        for (Endpoint stranger : List.of(pod("console"), INTRUDER, INGRESS_CONTROLLER, PROMETHEUS)) {
            for (Endpoint store : List.of(MYSQL, REDIS, NAMESERVER, BROKER, NACOS)) {
                int port = store.ports().values().iterator().next();
                assertThat(network.allows(stranger, store, port)).as(stranger.name() + " → " + store.name()).isFalse();
            }
        }
    }

    @Test
    void theGatewayReachesEveryServiceAndTheServicesReachEachOther() {
        for (String service : Repository.SERVICES) {
            assertThat(network.allows(pod("gateway-service"), pod(service), port(service))).as(service).isTrue();
            assertThat(network.allows(pod("org-service"), pod(service), port(service))).as(service).isTrue();
            assertThat(network.allows(pod("console"), pod(service), port(service))).as(service).isFalse();
        }
        assertThat(network.allows(pod("console"), pod("gateway-service"), 8080)).isTrue();
    }

    @Test
    void onlyTheServicesThatTalkToProvidersReachTheInternetAndNeverPrivateAddresses() {
        List<String> talkToProviders = List.of("org-service", "expert-service", "enterprise-service", "notify-service");
        for (String workload : pods.keySet()) {
            boolean expected = talkToProviders.contains(workload);
            assertThat(network.allows(pod(workload), PUBLIC_API, 443)).as(workload).isEqualTo(expected);
            assertThat(network.allows(pod(workload), PRIVATE_ADDRESS, 443)).as(workload).isFalse();
        }
        assertThat(network.allows(pod("notify-service"), PUBLIC_API, 22)).isFalse();
    }

    @Test
    void xxlJobAdminCallsTheExecutorsAndTheHooksReachWhatTheySetUp() {
        Endpoint admin = pod("xxl-job-admin");
        assertThat(network.allows(admin, pod("notify-service"), 9999)).isTrue();
        assertThat(network.allows(admin, pod("notify-service"), 8086)).isFalse();
        assertThat(network.allows(admin, MYSQL, 3306)).isTrue();
        assertThat(network.allows(INTRUDER, pod("notify-service"), 9999)).isFalse();
        assertThat(network.allows(pod("notify-service"), admin, 8080)).isTrue();

        for (String service : Repository.SERVICES) {
            Endpoint migration = pod(service + "-migration");
            assertThat(network.allows(migration, MYSQL, 3306)).as(service).isTrue();
            assertThat(network.allows(migration, REDIS, 6379)).as(service).isFalse();
            assertThat(network.allows(migration, PUBLIC_API, 443)).as(service).isFalse();
        }
        assertThat(network.allows(pod("gongxuhui-rocketmq-topics"), NAMESERVER, 9876)).isTrue();
        assertThat(network.allows(pod("gongxuhui-rocketmq-topics"), BROKER, 10911)).isTrue();
        assertThat(network.allows(pod("gongxuhui-nacos-import"), NACOS, 8848)).isTrue();
        assertThat(network.allows(pod("gongxuhui-xxl-job-init"), MYSQL, 3306)).isTrue();
    }

    @Test
    void everyPodResolvesNamesAndNothingElseIsOpenByDefault() {
        for (String workload : pods.keySet()) {
            assertThat(network.allows(pod(workload), DNS, 53, "UDP")).as(workload).isTrue();
            assertThat(network.allows(pod(workload), DNS, 53, "TCP")).as(workload).isTrue();
            assertThat(network.allows(pod(workload), INTRUDER, 8080)).as(workload).isFalse();
        }
        // the infrastructure's own pods still talk to each other (the broker registers with its name server)
        assertThat(network.allows(BROKER, NAMESERVER, 9876)).isTrue();
    }

    private static List<String> javaWorkloads() {
        return Stream.concat(Stream.of(Repository.GATEWAY), Repository.SERVICES.stream()).toList();
    }

    private static Endpoint pod(String workload) {
        Endpoint pod = pods.get(workload);
        assertThat(pod).as("the chart renders no workload " + workload).isNotNull();
        return pod;
    }

    private static int port(String workload) {
        return pod(workload).ports().get("http");
    }

    private static Endpoint pod(String name, PodTemplateSpec template) {
        Map<String, Integer> ports = new HashMap<>();
        for (Container container : template.getSpec().getContainers()) {
            if (container.getPorts() != null) {
                for (ContainerPort port : container.getPorts()) {
                    ports.put(port.getName() == null ? String.valueOf(port.getContainerPort()) : port.getName(),
                            port.getContainerPort());
                }
            }
        }
        return Endpoint.pod(name, RenderedChart.NAMESPACE, template.getMetadata().getLabels(), ports);
    }

    private static Endpoint infra(String name, Map<String, String> labels) {
        Map<String, Integer> ports = switch (name) {
            case "mysql" -> Map.of("mysql", 3306);
            case "redis" -> Map.of("redis", 6379);
            case "rocketmq-nameserver" -> Map.of("main", 9876);
            case "rocketmq-broker" -> Map.of("main", 10911);
            case "nacos" -> Map.of("http", 8848);
            default -> Map.of("api", 9000);
        };
        return Endpoint.pod(name, INFRA, labels, ports);
    }
}
