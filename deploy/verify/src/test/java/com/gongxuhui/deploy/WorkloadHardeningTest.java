package com.gongxuhui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every workload of the chart must have: least privilege (no service-account token, non-root, read-only
 * root filesystem with only explicit writable folders, no capabilities), resources, probes on the management
 * port, two replicas with a disruption budget and an autoscaler; migrations as hooks that no probe watches.
 */
class WorkloadHardeningTest {

    private static final RenderedChart CHART = RenderedChart.withDefaults();
    private static final List<String> JAVA_WORKLOADS = Stream.concat(Stream.of(Repository.GATEWAY),
            Repository.SERVICES.stream()).toList();
    private static final int MANAGEMENT_PORT = 9090;

    @Test
    void everyPodRunsWithoutTokenAsNonRootOnAReadOnlyRootWithExplicitWritableFolders() {
        Map<String, PodTemplateSpec> templates = CHART.podTemplates();
        assertThat(templates).hasSize(18);
        templates.forEach((workload, template) -> {
            PodSpec pod = template.getSpec();
            assertThat(pod.getAutomountServiceAccountToken()).as(workload + " mounts a token").isFalse();
            assertThat(pod.getEnableServiceLinks()).as(workload + " gets service links").isFalse();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(workload).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).as(workload).isPositive();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(workload).isEqualTo("RuntimeDefault");
            assertThat(pod.getHostNetwork()).as(workload).isNotEqualTo(Boolean.TRUE);
            Map<String, Volume> volumes = pod.getVolumes().stream().collect(Collectors.toMap(Volume::getName, v -> v));
            for (Container container : pod.getContainers()) {
                String where = workload + "/" + container.getName();
                var security = container.getSecurityContext();
                assertThat(security.getReadOnlyRootFilesystem()).as(where).isTrue();
                assertThat(security.getAllowPrivilegeEscalation()).as(where).isFalse();
                assertThat(security.getCapabilities().getDrop()).as(where).containsExactly("ALL");
                assertThat(security.getCapabilities().getAdd()).as(where).isNullOrEmpty();
                assertThat(security.getPrivileged()).as(where).isNotEqualTo(Boolean.TRUE);
                assertThat(container.getResources().getRequests()).as(where).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(where).containsKey("memory");
                for (VolumeMount mount : container.getVolumeMounts()) {
                    Volume volume = volumes.get(mount.getName());
                    assertThat(volume).as(where + " mounts " + mount.getName()).isNotNull();
                    if (volume.getEmptyDir() != null) {
                        // the writable folders: bounded, so a runaway log cannot fill the node
                        assertThat(volume.getEmptyDir().getSizeLimit()).as(where + " " + mount.getMountPath()).isNotNull();
                    } else {
                        assertThat(volume.getConfigMap()).as(where + " " + mount.getMountPath() + " is neither emptyDir nor ConfigMap").isNotNull();
                        assertThat(mount.getReadOnly()).as(where + " " + mount.getMountPath()).isTrue();
                    }
                }
            }
        });
    }

    @Test
    void everyJavaProcessCanWriteWhereItsJvmAndClientsWriteAndNowhereElse() {
        for (String workload : JAVA_WORKLOADS) {
            Container container = onlyContainer(CHART.named(Deployment.class, workload).getSpec().getTemplate());
            // /tmp: JVM, Tomcat, Sentinel; /app/logs: Nacos, RocketMQ and XXL-JOB clients; /app/nacos: Nacos' caches
            assertThat(container.getVolumeMounts()).extracting(VolumeMount::getMountPath).as(workload)
                    .containsExactlyInAnyOrder("/tmp", "/app/logs", "/app/nacos");
        }
    }

    @Test
    void serviceAccountsDoNotMountTokensEither() {
        List<ServiceAccount> accounts = CHART.all(ServiceAccount.class);
        assertThat(accounts).isNotEmpty();
        accounts.forEach(a -> assertThat(a.getAutomountServiceAccountToken()).as(a.getMetadata().getName()).isFalse());
        for (Deployment deployment : CHART.all(Deployment.class)) {
            String account = deployment.getSpec().getTemplate().getSpec().getServiceAccountName();
            assertThat(CHART.find(ServiceAccount.class, account)).as(deployment.getMetadata().getName()).isPresent();
        }
    }

    @Test
    void javaWorkloadsAreProbedOnTheManagementPortWithRoomForAColdStart() {
        for (String workload : JAVA_WORKLOADS) {
            Container container = onlyContainer(CHART.named(Deployment.class, workload).getSpec().getTemplate());
            assertThat(portNamed(container, "management")).as(workload).isEqualTo(MANAGEMENT_PORT);
            assertThat(env(container)).as(workload).containsEntry("GXH_MANAGEMENT_PORT", String.valueOf(MANAGEMENT_PORT));
            assertProbe(workload, container.getStartupProbe(), "/actuator/health/liveness");
            assertProbe(workload, container.getLivenessProbe(), "/actuator/health/liveness");
            assertProbe(workload, container.getReadinessProbe(), "/actuator/health/readiness");
            Probe startup = container.getStartupProbe();
            assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold()).as(workload + " start-up budget, s")
                    .isGreaterThanOrEqualTo(180);
            // the services check their schema at start; the migration Jobs migrate it
            if (!workload.equals(Repository.GATEWAY)) {
                assertThat(env(container)).as(workload).containsEntry("GXH_MIGRATIONS_AT_START", "validate");
            }
        }
        Container console = onlyContainer(CHART.named(Deployment.class, "console").getSpec().getTemplate());
        assertThat(Stream.of(console.getStartupProbe(), console.getLivenessProbe(), console.getReadinessProbe()))
                .allSatisfy(probe -> assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http"));
    }

    @Test
    void theGatewayTheServicesAndTheConsoleRunTwiceWithABudgetAndAnAutoscaler() {
        List<String> scaled = Stream.concat(JAVA_WORKLOADS.stream(), Stream.of("console")).toList();
        for (String workload : scaled) {
            Deployment deployment = CHART.named(Deployment.class, workload);
            assertThat(deployment.getSpec().getReplicas()).as(workload).isEqualTo(2);
            assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal())
                    .as(workload + " may drop below its replicas while rolling out").isZero();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();

            List<PodDisruptionBudget> budgets = CHART.all(PodDisruptionBudget.class).stream()
                    .filter(b -> podLabels.entrySet().containsAll(b.getSpec().getSelector().getMatchLabels().entrySet()))
                    .toList();
            assertThat(budgets).as(workload + "'s disruption budget").hasSize(1);
            assertThat(budgets.get(0).getSpec().getMaxUnavailable().getIntVal()).as(workload).isEqualTo(1);

            HorizontalPodAutoscaler autoscaler = CHART.named(HorizontalPodAutoscaler.class, workload);
            assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(workload);
            assertThat(autoscaler.getSpec().getMinReplicas()).as(workload).isGreaterThanOrEqualTo(2);
            assertThat(autoscaler.getSpec().getMaxReplicas()).as(workload).isGreaterThan(autoscaler.getSpec().getMinReplicas());
        }
    }

    @Test
    void migrationsRunAsJobsBeforeTheRolloutWithNoProbeAndNoRetry() {
        for (String service : Repository.SERVICES) {
            Job job = CHART.named(Job.class, service + "-migration");
            assertThat(job.getMetadata().getAnnotations()).as(service)
                    .containsEntry(RenderedChart.HOOK_ANNOTATION, "pre-install,pre-upgrade")
                    .containsEntry("helm.sh/hook-weight", "0");
            assertThat(job.getSpec().getBackoffLimit()).as(service).isZero();
            assertThat(job.getSpec().getActiveDeadlineSeconds()).as(service).isGreaterThanOrEqualTo(1800L);
            Container container = onlyContainer(job.getSpec().getTemplate());
            assertThat(container.getLivenessProbe()).isNull();
            assertThat(container.getReadinessProbe()).isNull();
            assertThat(container.getStartupProbe()).isNull();
            assertThat(container.getImage()).isEqualTo(onlyContainer(
                    CHART.named(Deployment.class, service).getSpec().getTemplate()).getImage());
            assertThat(String.join(" ", container.getCommand()))
                    .contains("-Dloader.main=com.gongxuhui.common.persistence.SchemaMigration")
                    .contains("org.springframework.boot.loader.launch.PropertiesLauncher");
            // the same database account and settings as the service
            assertThat(env(container)).containsAllEntriesOf(env(onlyContainer(
                    CHART.named(Deployment.class, service).getSpec().getTemplate())).entrySet().stream()
                    .filter(e -> e.getKey().startsWith("GXH_DB_")).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
    }

    @Test
    void setUpHooksRunBeforeTheMigrationsAndAfterTheirConfigMap() {
        int configMap = hookWeight(CHART.named(io.fabric8.kubernetes.api.model.ConfigMap.class, "gongxuhui-setup").getMetadata().getAnnotations());
        for (String setup : List.of("gongxuhui-rocketmq-topics", "gongxuhui-nacos-import", "gongxuhui-xxl-job-init")) {
            int weight = hookWeight(CHART.named(Job.class, setup).getMetadata().getAnnotations());
            assertThat(weight).as(setup).isGreaterThan(configMap).isLessThan(0);
        }
        // every data-id of deploy/nacos is published, under its own name
        Map<String, String> data = CHART.named(io.fabric8.kubernetes.api.model.ConfigMap.class, "gongxuhui-setup").getData();
        List<String> dataIds = Repository.files(Repository.ROOT.resolve("deploy/nacos")).stream()
                .map(p -> "nacos-" + p.getFileName()).toList();
        assertThat(data).containsKeys(dataIds.toArray(String[]::new)).containsKeys("nacos-import.sh", "xxl-job-init.sh");
        dataIds.forEach(key -> assertThat(data.get(key)).isEqualTo(Repository.read(
                Repository.ROOT.resolve("deploy/nacos/" + key.substring("nacos-".length()))).stripTrailing()));
    }

    @Test
    void onlyTheIngressOpensTheGatewayAndTheConsoleWithTls() {
        assertThat(CHART.all(Service.class)).allSatisfy(s -> assertThat(s.getSpec().getType()).isEqualTo("ClusterIP"));
        Ingress ingress = CHART.named(Ingress.class, "gongxuhui");
        assertThat(ingress.getSpec().getTls()).hasSize(1);
        String host = ingress.getSpec().getRules().get(0).getHost();
        assertThat(ingress.getSpec().getTls().get(0).getHosts()).containsExactly(host);
        assertThat(ingress.getSpec().getTls().get(0).getSecretName()).isNotBlank();
        List<HTTPIngressPath> paths = ingress.getSpec().getRules().get(0).getHttp().getPaths();
        Set<String> backends = paths.stream().map(p -> p.getBackend().getService().getName()).collect(Collectors.toSet());
        assertThat(backends).containsExactlyInAnyOrder("gateway-service", "console");
        assertThat(paths).filteredOn(p -> p.getPath().equals("/api")).extracting(p -> p.getBackend().getService().getName())
                .containsExactly("gateway-service");
        assertThat(paths).filteredOn(p -> p.getPath().equals("/")).extracting(p -> p.getBackend().getService().getName())
                .containsExactly("console");
    }

    private static void assertProbe(String workload, Probe probe, String path) {
        assertThat(probe).as(workload + " " + path).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get.getPath()).as(workload).isEqualTo(path);
        assertThat(get.getPort().getStrVal()).as(workload).isEqualTo("management");
    }

    private static int hookWeight(Map<String, String> annotations) {
        assertThat(annotations).containsEntry(RenderedChart.HOOK_ANNOTATION, "pre-install,pre-upgrade");
        return Integer.parseInt(annotations.get("helm.sh/hook-weight"));
    }

    static Container onlyContainer(PodTemplateSpec template) {
        assertThat(template.getSpec().getContainers()).hasSize(1);
        return template.getSpec().getContainers().get(0);
    }

    private static Integer portNamed(Container container, String name) {
        return container.getPorts().stream().filter(p -> name.equals(p.getName())).map(ContainerPort::getContainerPort)
                .findFirst().orElse(null);
    }

    /** A container's environment: plain values as they are, secret references as "secret:<name>/<key>". */
    static Map<String, String> env(Container container) {
        return container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e.getValue() != null
                ? e.getValue() : "secret:" + e.getValueFrom().getSecretKeyRef().getName() + "/"
                + e.getValueFrom().getSecretKeyRef().getKey()));
    }
}
