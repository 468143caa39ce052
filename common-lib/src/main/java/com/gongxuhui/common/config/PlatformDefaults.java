package com.gongxuhui.common.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Gives every service the platform's common settings ({@code gxh-defaults.yml}, and
 * {@code gxh-defaults-<profile>.yml} for each active profile) at the lowest precedence, so that a service's
 * own {@code application.yml} holds only what is particular to it and can still override anything.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    private static final YamlPropertySourceLoader LOADER = new YamlPropertySourceLoader();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (String profile : environment.getActiveProfiles()) {
            addLast(environment, "gxh-defaults-" + profile + ".yml");
        }
        addLast(environment, "gxh-defaults.yml");
    }

    static void addLast(ConfigurableEnvironment environment, String name) {
        ClassPathResource resource = new ClassPathResource(name);
        if (!resource.exists()) {
            return;
        }
        try {
            List<PropertySource<?>> sources = LOADER.load("platform defaults (" + name + ")", resource);
            sources.forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Right after the application's own config files are read, before anyone looks at the result. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
