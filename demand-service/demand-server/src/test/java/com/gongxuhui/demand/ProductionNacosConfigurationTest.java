package com.gongxuhui.demand;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.cloud.nacos.NacosConfigManager;
import com.alibaba.cloud.nacos.NacosConfigProperties;
import com.alibaba.cloud.nacos.configdata.NacosConfigDataLocationResolver;
import com.alibaba.cloud.nacos.configdata.NacosConfigDataResource;
import com.gongxuhui.common.config.ImportTimeDefaults;
import com.gongxuhui.common.config.PlatformDefaults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.BootstrapRegistry.InstanceSupplier;
import org.springframework.boot.ConfigurableBootstrapContext;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.config.ConfigDataLocation;
import org.springframework.boot.context.config.ConfigDataLocationResolverContext;
import org.springframework.boot.context.config.ConfigDataResource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The production profile's Nacos integration, proven from the configuration files themselves, without a
 * Nacos server (architecture.md, "Infrastructure": the server is not available on these machines). demand-service
 * stands for every servlet service; its {@code application.yml} has the same shape as the others'.
 */
class ProductionNacosConfigurationTest {

    private static final YamlPropertySourceLoader YAML = new YamlPropertySourceLoader();
    private static final Path REPOSITORY = Path.of("../..");
    private static final Path NACOS_DATA_IDS = REPOSITORY.resolve("deploy/nacos");
    private static final List<String> SERVICES = List.of("gateway-service", "org-service", "demand-service",
            "expert-service", "enterprise-service", "score-service", "notify-service");

    @Test
    void prodProfileImportsTheServicesOwnNacosDataIdAndNoOtherProfileDoes() {
        List<PropertySource<?>> documents = load(new ClassPathResource("application.yml"));

        assertThat(documents.get(0).getProperty("spring.application.name")).isEqualTo("demand-service");
        assertThat(importsActiveFor(documents, "prod")).containsExactly("optional:nacos:demand-service.yaml");
        assertThat(importsActiveFor(documents, "test")).isEmpty();
        assertThat(importsActiveFor(documents, "local")).isEmpty();
        assertThat(importsActiveFor(documents)).as("no profile").isEmpty();
    }

    @Test
    void nacosImportIsResolvedAgainstTheServerTheEnvironmentNames() {
        NacosConfigDataResource resource = resolveNacosImportWithProdProfile(Map.of(
                "GXH_NACOS_ADDR", "nacos.prod.internal:8848",
                "GXH_NACOS_USER", "gxh",
                "GXH_NACOS_PASSWORD", "s3cret",
                "GXH_NACOS_NAMESPACE", "gongxuhui-prod"));

        NacosConfigProperties nacos = resource.getProperties();
        assertThat(nacos.getServerAddr()).isEqualTo("nacos.prod.internal:8848");
        assertThat(nacos.getUsername()).isEqualTo("gxh");
        assertThat(nacos.getPassword()).isEqualTo("s3cret");
        assertThat(nacos.getNamespace()).isEqualTo("gongxuhui-prod");
        assertThat(resource.isOptional()).isTrue();
        assertThat(resource.getConfig().getDataId()).isEqualTo("demand-service.yaml");
        assertThat(resource.getConfig().getGroup()).isEqualTo("DEFAULT_GROUP");
        assertThat(resource.getConfig().getSuffix()).isEqualTo("yaml");
        assertThat(resource.getConfig().isRefreshEnabled()).as("operators' changes apply without restart").isTrue();
    }

    @Test
    void nacosImportFallsBackToTheComposeHostNameWhenTheEnvironmentIsSilent() {
        NacosConfigProperties nacos = resolveNacosImportWithProdProfile(Map.of()).getProperties();

        assertThat(nacos.getServerAddr()).isEqualTo("nacos:8848");
        assertThat(nacos.getUsername()).isEqualTo("nacos");
    }

    @Test
    void productionDefaultsSwitchNacosDiscoveryAndConfigOn() {
        PropertySource<?> prod = single(load(new ClassPathResource("gxh-defaults-prod.yml")));

        assertThat(prod.getProperty("spring.cloud.nacos.discovery.enabled")).isEqualTo(true);
        assertThat(prod.getProperty("spring.cloud.nacos.config.enabled")).isEqualTo(true);
        PropertySource<?> connection = single(load(new ClassPathResource("gxh-import-defaults.yml")));
        assertThat(String.valueOf(connection.getProperty("spring.cloud.nacos.server-addr"))).contains("${GXH_NACOS_ADDR");
    }

    @Test
    void nacosStaysOffOutsideProduction() {
        PropertySource<?> defaults = single(load(new ClassPathResource("gxh-defaults.yml")));

        assertThat(defaults.getProperty("spring.cloud.nacos.discovery.enabled")).isEqualTo(false);
        assertThat(defaults.getProperty("spring.cloud.nacos.config.enabled")).isEqualTo(false);
        assertThat(defaults.getProperty("spring.cloud.nacos.config.import-check.enabled")).isEqualTo(false);
        for (String profile : List.of("local", "test")) {
            PropertySource<?> profileDefaults = single(load(new ClassPathResource("gxh-defaults-" + profile + ".yml")));
            assertThat(profileDefaults.getProperty("spring.cloud.nacos.discovery.enabled")).as(profile).isNull();
            assertThat(profileDefaults.getProperty("spring.cloud.nacos.config.enabled")).as(profile).isNull();
        }
    }

    @Test
    void everyServiceHasANacosDataIdFileThatParsesAsYaml() {
        for (String service : SERVICES) {
            Path dataId = NACOS_DATA_IDS.resolve(service + ".yaml");
            assertThat(dataId).as(service).isRegularFile();
            assertThat(load(new FileSystemResource(dataId))).as(dataId + " holds settings").isNotEmpty();
        }
    }

    @Test
    void everyNacosDataIdThatAServiceImportsIsKeptUnderDeployNacos() throws IOException {
        List<String> imported = new ArrayList<>();
        try (Stream<Path> files = Files.walk(REPOSITORY, 6)) {
            files.filter(path -> path.toString().contains("src/main/resources"))
                    .filter(path -> path.getFileName().toString().matches("application(-prod)?\\.ya?ml"))
                    .forEach(path -> imported.addAll(importsActiveFor(load(new FileSystemResource(path)), "prod")));
        }

        assertThat(imported).contains("optional:nacos:demand-service.yaml");
        for (String location : imported) {
            String dataId = location.substring(location.indexOf("nacos:") + "nacos:".length()).split("\\?")[0];
            assertThat(NACOS_DATA_IDS.resolve(dataId)).as(location).isRegularFile();
        }
    }

    /**
     * Runs the Nacos resolver of Spring Cloud Alibaba on what Spring Boot knows while it resolves
     * {@code spring.config.import}: the environment variables and the service's own {@code application.yml}
     * documents active for {@code prod}, above common-lib's import-time defaults. The other platform defaults
     * are not there yet: they are added after the config data (asserted first, since the premise matters).
     */
    private static NacosConfigDataResource resolveNacosImportWithProdProfile(Map<String, Object> environmentVariables) {
        assertThat(new PlatformDefaults().getOrder()).isGreaterThan(ConfigDataEnvironmentPostProcessor.ORDER);
        assertThat(new ImportTimeDefaults().getOrder()).isLessThan(ConfigDataEnvironmentPostProcessor.ORDER);

        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        new ImportTimeDefaults().postProcessEnvironment(environment, null);
        List<PropertySource<?>> active = activeFor(load(new ClassPathResource("application.yml")), "prod");
        String importDefaults = sources.stream().reduce((first, last) -> last).orElseThrow().getName();
        active.forEach(document -> sources.addBefore(importDefaults, document));
        Binder binder = new Binder(ConfigurationPropertySources.from(sources),
                new PropertySourcesPlaceholdersResolver(sources));

        DefaultBootstrapContext bootstrap = new DefaultBootstrapContext();
        // Stands in for the Nacos client, so that resolving never opens a connection.
        bootstrap.register(NacosConfigManager.class, InstanceSupplier.of(null));
        ConfigDataLocationResolverContext context = new ConfigDataLocationResolverContext() {
            @Override
            public Binder getBinder() {
                return binder;
            }

            @Override
            public ConfigDataResource getParent() {
                return null;
            }

            @Override
            public ConfigurableBootstrapContext getBootstrapContext() {
                return bootstrap;
            }
        };

        String location = binder.bind("spring.config.import", String.class).get();
        NacosConfigDataLocationResolver resolver = new NacosConfigDataLocationResolver(new DeferredLogs());
        ConfigDataLocation nacosImport = ConfigDataLocation.of(location);
        assertThat(resolver.isResolvable(context, nacosImport)).isTrue();
        List<NacosConfigDataResource> resources = resolver.resolveProfileSpecific(context, nacosImport, null);
        assertThat(resources).hasSize(1);
        return resources.get(0);
    }

    private static List<String> importsActiveFor(List<PropertySource<?>> documents, String... profiles) {
        return activeFor(documents, profiles).stream()
                .map(document -> document.getProperty("spring.config.import"))
                .filter(value -> value != null)
                .map(String::valueOf)
                .toList();
    }

    /** The documents Spring Boot applies with these profiles active, in file order. */
    private static List<PropertySource<?>> activeFor(List<PropertySource<?>> documents, String... profiles) {
        List<String> active = List.of(profiles);
        return documents.stream().filter(document -> {
            Object onProfile = document.getProperty("spring.config.activate.on-profile");
            return onProfile == null || Profiles.of(String.valueOf(onProfile)).matches(active::contains);
        }).toList();
    }

    private static PropertySource<?> single(List<PropertySource<?>> documents) {
        assertThat(documents).hasSize(1);
        return documents.get(0);
    }

    private static List<PropertySource<?>> load(Resource resource) {
        try {
            return YAML.load(resource.getDescription(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
