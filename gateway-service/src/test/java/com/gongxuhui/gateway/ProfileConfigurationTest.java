package com.gongxuhui.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.gateway.open.OpenApiClient;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The profiles' configuration as the files state it, without starting anything: production's Nacos and
 * load-balanced routes cannot be started here (no Nacos server runs on these machines), so they are
 * proven on the configuration itself (architecture.md, Infrastructure).
 */
class ProfileConfigurationTest {

    private static final String ROUTES = GatewayProperties.PREFIX + ".routes";

    @Test
    void productionRoutesGoThroughTheLoadBalancerToTheServiceNamedByTheRouteId() throws IOException {
        Binder production = binder(production(), base());

        assertThat(routes(production))
                .extracting(RouteDefinition::getId)
                .containsExactly("org-service", "demand-service", "expert-service", "enterprise-service",
                        "score-service", "notify-service");
        assertThat(routes(production))
                .allSatisfy(route -> assertThat(route.getUri()).isEqualTo(URI.create("lb://" + route.getId())));
        assertThat(production.bind("gxh.security.jwks-uri", String.class).get())
                .isEqualTo("http://org-service/oauth2/jwks");
        assertThat(production.bind("gxh.security.jwks-load-balanced", Boolean.class).get()).isTrue();
    }

    @Test
    void productionSwitchesNacosOnAndImportsTheGatewaysNacosDataId() throws IOException {
        Binder production = binder(production(), base());

        assertThat(production.bind("spring.config.import", String.class).get())
                .isEqualTo("optional:nacos:gateway-service.yaml");
        assertThat(production.bind("spring.cloud.nacos.discovery.enabled", Boolean.class).get()).isTrue();
        assertThat(production.bind("spring.cloud.nacos.config.enabled", Boolean.class).get()).isTrue();
    }

    @Test
    void withoutAProfileNacosIsOffAndItsImportIsNotChecked() throws IOException {
        Binder plain = binder(base());

        assertThat(plain.bind("spring.cloud.nacos.discovery.enabled", Boolean.class).get()).isFalse();
        assertThat(plain.bind("spring.cloud.nacos.config.enabled", Boolean.class).get()).isFalse();
        assertThat(plain.bind("spring.cloud.nacos.config.import-check.enabled", Boolean.class).get()).isFalse();
        assertThat(plain.bind("spring.config.import", String.class).isBound()).isFalse();
    }

    @Test
    void localAndTestRoutesUseTheServiceUrlsOfTheConventions() throws IOException {
        PropertySource<?> localAndTest = yaml("application.yml").get(1);
        assertThat(localAndTest.getProperty("spring.config.activate.on-profile")).isEqualTo("local | test");

        Map<String, URI> uris = routes(binder(localAndTest, base())).stream()
                .collect(Collectors.toMap(RouteDefinition::getId, RouteDefinition::getUri));

        assertThat(uris).containsExactlyInAnyOrderEntriesOf(Map.of(
                "org-service", URI.create("http://127.0.0.1:8081"),
                "demand-service", URI.create("http://127.0.0.1:8082"),
                "expert-service", URI.create("http://127.0.0.1:8083"),
                "enterprise-service", URI.create("http://127.0.0.1:8084"),
                "score-service", URI.create("http://127.0.0.1:8085"),
                "notify-service", URI.create("http://127.0.0.1:8086")));
    }

    @Test
    void limitsEveryRouteByDefault() throws IOException {
        Binder plain = binder(base());

        Map<String, RateLimit> limits = plain.bind(GatewayRateLimits.PREFIX,
                Bindable.mapOf(String.class, RateLimit.class)).get();
        assertThat(limits.keySet()).containsExactlyInAnyOrderElementsOf(
                routes(plain).stream().map(RouteDefinition::getId).toList());
    }

    @Test
    void onlyTheLocalProfileHasADemoOpenApiClient() throws IOException {
        PropertySource<?> local = yaml("application.yml").get(2);
        PropertySource<?> test = yaml("application.yml").get(3);
        assertThat(local.getProperty("spring.config.activate.on-profile")).isEqualTo("local");
        assertThat(test.getProperty("spring.config.activate.on-profile")).isEqualTo("test");

        assertThat(openApiClients(binder(local, base()))).containsOnlyKeys("demo-hangzhou")
                .hasEntrySatisfying("demo-hangzhou", client -> assertThat(client.enabled()).isTrue());
        assertThat(openApiClients(binder(production(), base()))).isEmpty();
        assertThat(openApiClients(binder(test, base()))).isEmpty();
    }

    @Test
    void productionTakesRedisAndTheInternalTokenFromTheEnvironment() throws IOException {
        Binder production = binder(production(), base());

        assertThat(production.bind("spring.data.redis.host", String.class).get()).isEqualTo("redis");
        assertThat(production().getProperty("spring.data.redis.password")).isEqualTo("${GXH_REDIS_PASSWORD:}");
        // No default: a production gateway without the shared secret does not start.
        assertThat(base().getProperty("gxh.internal.open-api-token")).isEqualTo("${GXH_OPEN_API_TOKEN}");
    }

    @Test
    void productionServesNoApiDocumentsAndActuatorOnlyOnTheManagementPort() throws IOException {
        Binder production = binder(production(), base());

        assertThat(production.bind("springdoc.api-docs.enabled", Boolean.class).get()).isFalse();
        assertThat(production.bind("springdoc.swagger-ui.enabled", Boolean.class).get()).isFalse();
        assertThat(production.bind("management.server.port", Integer.class).get()).isEqualTo(9090);
    }

    private static Map<String, OpenApiClient> openApiClients(Binder binder) {
        return binder.bind("gxh.open-api.clients", Bindable.mapOf(String.class, OpenApiClient.class))
                .orElse(Map.of());
    }

    private static List<RouteDefinition> routes(Binder binder) {
        return binder.bind(ROUTES, Bindable.listOf(RouteDefinition.class)).get();
    }

    private static PropertySource<?> base() throws IOException {
        return yaml("application.yml").get(0);
    }

    private static PropertySource<?> production() throws IOException {
        return yaml("application-prod.yml").get(0);
    }

    private static List<PropertySource<?>> yaml(String file) throws IOException {
        return new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
    }

    /** Sources in precedence order, the profile's first; placeholders resolve against these sources only. */
    private static Binder binder(PropertySource<?>... sources) {
        MutablePropertySources propertySources = new MutablePropertySources();
        for (PropertySource<?> source : sources) {
            propertySources.addLast(source);
        }
        return new Binder(ConfigurationPropertySources.from(propertySources),
                new PropertySourcesPlaceholdersResolver(propertySources));
    }
}
