package com.gongxuhui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Both deployments give every service every variable its prod profile needs (ProductionSettings reads them from
 * the services' own configuration): a new {@code ${GXH_…}} without a default, or a new credential, fails here
 * until the chart and the compose file provide it.
 */
class ProductionVariablesTest {

    @Test
    void theChartGivesEveryWorkloadWhatItsProdProfileNeeds() {
        RenderedChart chart = RenderedChart.withDefaults();
        for (String service : allServices()) {
            Set<String> provided = WorkloadHardeningTest.env(WorkloadHardeningTest.onlyContainer(
                    chart.named(Deployment.class, service).getSpec().getTemplate())).keySet();
            Set<String> missing = new TreeSet<>(ProductionSettings.neededBy(service));
            missing.removeAll(provided);
            assertThat(missing).as(service + " needs these, the chart does not give them").isEmpty();
        }
    }

    @Test
    void theComposeFileGivesEveryServiceWhatItsProdProfileNeeds() {
        ComposeFile compose = new ComposeFile();
        for (String service : allServices()) {
            Set<String> missing = new TreeSet<>(ProductionSettings.neededBy(service));
            missing.removeAll(compose.environment(service).keySet());
            assertThat(missing).as(service + " needs these, docker-compose.yml does not give them").isEmpty();
        }
    }

    @Test
    void inTheChartUploadsGoToTheObjectStorageAndAreStagedInAWritableFolder() {
        RenderedChart chart = RenderedChart.withDefaults();
        for (String service : Repository.SERVICES) {
            var container = WorkloadHardeningTest.onlyContainer(chart.named(Deployment.class, service).getSpec().getTemplate());
            assertThat(WorkloadHardeningTest.env(container)).as(service).containsEntry("GXH_FILES_STORE", "s3")
                    .containsKeys("GXH_FILES_S3_ENDPOINT", "GXH_FILES_S3_BUCKET")
                    // the default, ./.data under /app, is on the read-only root filesystem
                    .containsEntry("GXH_FILES_ROOT", "/tmp/gxh-files");
            assertThat(container.getVolumeMounts()).extracting(m -> m.getMountPath()).as(service).contains("/tmp");
        }
    }

    @Test
    void theNeedsAreReadFromTheServicesConfiguration() {
        // the shared ones, the service's own credentials, and those bound by name rather than by placeholder
        assertThat(ProductionSettings.neededBy("org-service")).contains("GXH_DB_USER", "GXH_DB_PASSWORD",
                "GXH_EXPERT_LOGIN_TOKEN", "GXH_REDIS_PASSWORD", "GXH_NACOS_PASSWORD", "GXH_NAMESRV",
                "GXH_SYSADMIN_PASSWORD", "GXH_AUTH_SIGNING_KEY", "GXH_DINGTALK_APP_KEY", "GXH_DINGTALK_APP_SECRET");
        assertThat(ProductionSettings.neededBy("enterprise-service")).contains("GXH_REGISTRY_TOKEN",
                "GXH_FILES_S3_ACCESS_KEY", "GXH_FILES_S3_SECRET_KEY");
        assertThat(ProductionSettings.neededBy("expert-service")).contains("GXH_WECHAT_MINI_PROGRAM_SECRET",
                "GXH_WECHAT_OFFICIAL_ACCOUNT_TOKEN");
        assertThat(ProductionSettings.neededBy("notify-service")).contains("GXH_SMS_ACCESS_KEY_SECRET",
                "GXH_DINGTALK_AGENT_ID", "GXH_WECHAT_DIGEST_TEMPLATE_ID", "GXH_XXL_JOB_ACCESS_TOKEN",
                "GXH_XXL_JOB_ADMIN_ADDRESSES").doesNotContainAnyElementsOf(ProductionSettings.DETECTED_WHEN_EMPTY);
        // the gateway has no database; its open-API credential has no default
        assertThat(ProductionSettings.neededBy(Repository.GATEWAY)).contains("GXH_OPEN_API_TOKEN", "GXH_REDIS_PASSWORD")
                .doesNotContain("GXH_DB_USER", "GXH_NAMESRV");
        // settings with a real default, or overridden in prod, are not needed: the JWKS comes through Nacos
        assertThat(ProductionSettings.neededBy("demand-service")).doesNotContain("GXH_ORG_URL", "GXH_DATA_DIR",
                "GXH_VIRTUAL_THREADS");
    }

    /**
     * The credentials of service-to-service calls without a user token, one per purpose, each given to the two ends
     * of its call alone: whoever steals the gateway's (it vouches for open-API callers) cannot mint an expert's
     * tokens at org-service, and whoever steals expert-service's cannot pose as a municipal platform.
     */
    @Test
    void eachServiceCredentialReachesOnlyTheTwoEndsOfItsCall() {
        Map<String, Set<String>> holders = Map.of(
                "GXH_OPEN_API_TOKEN", Set.of(Repository.GATEWAY, "demand-service"),
                "GXH_EXPERT_LOGIN_TOKEN", Set.of("expert-service", "org-service"));
        RenderedChart chart = RenderedChart.withDefaults();
        ComposeFile compose = new ComposeFile();
        for (String service : allServices()) {
            Set<String> inChart = WorkloadHardeningTest.env(WorkloadHardeningTest.onlyContainer(
                    chart.named(Deployment.class, service).getSpec().getTemplate())).keySet();
            Set<String> inCompose = compose.environment(service).keySet();
            for (Set<String> given : List.of(inChart, inCompose, ProductionSettings.neededBy(service))) {
                assertThat(given).as(service).doesNotContain("GXH_INTERNAL_TOKEN");
                holders.forEach((credential, ends) -> assertThat(given.contains(credential))
                        .as(service + " holds " + credential).isEqualTo(ends.contains(service)));
            }
        }
    }

    @Test
    void aPlaceholderIsNeededWithoutADefaultWithAnEmptyOneOrOneOnThisMachine() {
        Set<String> needed = new TreeSet<>();
        ProductionSettings.collect("${GXH_A}/${GXH_B:}/${GXH_C:http://127.0.0.1:1}/${GXH_D:nacos:8848}"
                + "/${some.property:${GXH_E:}}/${GXH_F:${GXH_G}}/${lower_case}", needed);

        assertThat(needed).containsExactly("GXH_A", "GXH_B", "GXH_C", "GXH_E", "GXH_G");
    }

    private static Set<String> allServices() {
        Set<String> all = new TreeSet<>(Repository.SERVICES);
        all.add(Repository.GATEWAY);
        return all;
    }
}
