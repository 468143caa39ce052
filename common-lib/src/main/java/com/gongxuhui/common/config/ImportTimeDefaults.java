package com.gongxuhui.common.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The defaults needed while {@code spring.config.import} is resolved ({@code gxh-import-defaults.yml}: where
 * Nacos is and how to log in), added before the application's config files are read. {@link PlatformDefaults}
 * comes too late for them: a {@code prod} import would otherwise look for Nacos on localhost.
 */
public class ImportTimeDefaults implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PlatformDefaults.addLast(environment, "gxh-import-defaults.yml");
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }
}
