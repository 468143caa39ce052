package com.gongxuhui.enterprise.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The registry's token goes over TLS: HTTPS by default, and a plain-HTTP address only on this machine. */
class RegistryPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(Bound.class);

    @Test
    void theDefaultAddressIsHttps() {
        context.run(started -> assertThat(started.getBean(RegistryProperties.class).baseUrl())
                .startsWith("https://"));
    }

    @Test
    void aPlainHttpAddressElsewhereThanThisMachineStopsTheService() {
        context.withPropertyValues("gxh.registry.base-url=http://open.api.tianyancha.com")
                .run(started -> assertThat(started).hasFailed());
        context.withPropertyValues("gxh.registry.base-url=http://127.0.0.1:18080")
                .run(started -> assertThat(started).hasNotFailed());
        context.withPropertyValues("gxh.registry.base-url=http://localhost:18080")
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Configuration
    @EnableConfigurationProperties(RegistryProperties.class)
    static class Bound {
    }
}
