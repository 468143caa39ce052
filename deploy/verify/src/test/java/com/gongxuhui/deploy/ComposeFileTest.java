package com.gongxuhui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The compose file as an operator meets it: every value it needs is in .env.example, every container's log is
 * rotated, everything stateful keeps its data in a named volume, XXL-JOB admin is set up by a one-shot container
 * before it starts, and a TLS-terminating proxy can stand in front of the gateway.
 */
class ComposeFileTest {

    private final ComposeFile compose = new ComposeFile();

    @Test
    void envExampleListsEveryValueTheFileRequires() {
        Set<String> missing = new TreeSet<>(ComposeFile.requiredInterpolations());
        missing.removeAll(ComposeFile.envExample());
        assertThat(missing).as("required by docker-compose.yml, absent from .env.example").isEmpty();
        // and names nothing the file does not use
        Set<String> unused = new TreeSet<>(ComposeFile.envExample());
        unused.removeAll(ComposeFile.interpolations());
        assertThat(unused).as("in .env.example, unused by docker-compose.yml").isEmpty();
    }

    @Test
    void everyProviderCredentialOfEveryServiceIsInEnvExample() {
        Set<String> needed = new TreeSet<>();
        for (String service : Repository.SERVICES) {
            compose.environment(service).forEach((name, value) -> {
                if (String.valueOf(value).contains("${" + name)) {
                    needed.add(name);
                }
            });
        }
        assertThat(needed).contains("GXH_DINGTALK_APP_KEY", "GXH_DINGTALK_APP_SECRET", "GXH_DINGTALK_AGENT_ID",
                "GXH_WECHAT_MINI_PROGRAM_APP_ID", "GXH_WECHAT_MINI_PROGRAM_SECRET", "GXH_WECHAT_OFFICIAL_ACCOUNT_APP_ID",
                "GXH_WECHAT_OFFICIAL_ACCOUNT_SECRET", "GXH_WECHAT_OFFICIAL_ACCOUNT_TOKEN", "GXH_WECHAT_PUSH_TEMPLATE_ID",
                "GXH_WECHAT_DIGEST_TEMPLATE_ID", "GXH_SMS_ACCESS_KEY_ID", "GXH_SMS_ACCESS_KEY_SECRET",
                "GXH_SMS_SIGN_NAME", "GXH_SMS_INVITATION_TEMPLATE", "GXH_REGISTRY_TOKEN");
        assertThat(ComposeFile.envExample()).containsAll(needed);
    }

    @Test
    void everyContainersLogIsRotated() {
        compose.services().forEach((name, service) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> logging = (Map<String, Object>) service.get("logging");
            assertThat(logging).as(name + " logs without bound").isNotNull();
            assertThat(logging.get("driver")).as(name).isEqualTo("json-file");
            @SuppressWarnings("unchecked")
            Map<String, Object> options = (Map<String, Object>) logging.get("options");
            assertThat(options).as(name).containsKeys("max-size", "max-file");
        });
    }

    @Test
    void everythingStatefulKeepsItsDataInANamedVolume() {
        Map<String, String> dataFolders = Map.of(
                "mysql", "/var/lib/mysql",
                "redis", "/data",
                "nacos", "/home/nacos/data",
                "rocketmq-broker", "/home/rocketmq/store",
                "xxl-job-admin", "/data/applogs",
                "proxy", "/data",
                "minio", "/data");
        dataFolders.forEach((service, folder) -> {
            List<String> mounts = ComposeFile.list(compose.service(service).get("volumes"));
            String volume = mounts.stream().filter(m -> m.endsWith(":" + folder)).map(m -> m.substring(0, m.indexOf(':')))
                    .findFirst().orElseThrow(() -> new AssertionError(service + " keeps " + folder + " in no volume"));
            assertThat(compose.volumes()).as(service).contains(volume);
        });
    }

    @Test
    void xxlJobAdminStartsOnlyAfterItsOneShotSetUp() {
        Map<String, Object> init = compose.service("xxl-job-init");
        assertThat(init.get("restart")).isEqualTo("no");
        assertThat(ComposeFile.list(init.get("volumes")))
                .contains("../helm/gongxuhui/files/xxl-job-init.sh:/gxh/xxl-job-init.sh:ro");
        assertThat(compose.environment("xxl-job-init")).containsKeys("GXH_XXL_JOB_ADMIN_PASSWORD", "GXH_XXL_JOB_DB_PASSWORD");
        assertThat(compose.service("xxl-job-admin").get("depends_on"))
                .isEqualTo(Map.of("xxl-job-init", Map.of("condition", "service_completed_successfully")));
        // the script creates the executor and job of the handler notify-service declares
        String script = Repository.read(Repository.CHART.resolve("files/xxl-job-init.sh"));
        String handler = Repository.read(Repository.module("notify-service")
                .resolve("src/main/java/com/gongxuhui/notify/digest/XxlJobDigest.java"));
        assertThat(handler).contains("@XxlJob(\"expertSubscriptionDigest\")");
        assertThat(script).contains("'expertSubscriptionDigest'", "'notify-service'", "'0 0 16 * * ?'");
    }

    @Test
    void aTlsProxyCanBeTheOnlyEntrance() {
        Map<String, Object> proxy = compose.service("proxy");
        assertThat(ComposeFile.list(proxy.get("ports"))).containsExactlyInAnyOrder("80:80", "443:443");
        assertThat(ComposeFile.list(proxy.get("volumes"))).contains("./proxy/Caddyfile:/etc/caddy/Caddyfile:ro");
        String caddyfile = Repository.read(Repository.PRODUCTION.resolve("proxy/Caddyfile"));
        assertThat(caddyfile).contains("{$GXH_DOMAIN}", "name gateway-service", "port 8080");
        // the gateway's own ports can be bound to the host's loopback only
        assertThat(ComposeFile.list(compose.service("gateway-service").get("ports")))
                .containsExactly("${GXH_GATEWAY_BIND:-0.0.0.0}:${GXH_GATEWAY_PORTS:-8080-8081}:8080");
    }
}
