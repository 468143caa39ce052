package com.gongxuhui.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * What every service shows in production, as common-lib's prod defaults state it (no Nacos here to start them
 * with): no API documents, actuator on the management port 9090 that the gateway has no route to.
 */
class ProductionDefaultsTest {

    @Test
    void productionServesNoApiDocumentsAndActuatorOnTheManagementPort() throws IOException {
        Binder production = binder("gxh-defaults-prod.yml", "gxh-defaults.yml");

        assertThat(production.bind("springdoc.api-docs.enabled", Boolean.class).get()).isFalse();
        assertThat(production.bind("springdoc.swagger-ui.enabled", Boolean.class).get()).isFalse();
        assertThat(production.bind("management.server.port", Integer.class).get()).isEqualTo(9090);
        assertThat(production.bind("management.endpoints.web.exposure.include", String.class).get())
                .contains("prometheus");
    }

    @Test
    void internalEndpointsAreLeftOutOfEveryApiDocument() throws IOException {
        assertThat(binder("gxh-defaults.yml").bind("springdoc.paths-to-exclude", String.class).get())
                .isEqualTo("/internal/**");
    }

    private static Binder binder(String... files) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        for (String file : files) {
            List<PropertySource<?>> loaded = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
            loaded.forEach(sources::addLast);
        }
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
    }
}
