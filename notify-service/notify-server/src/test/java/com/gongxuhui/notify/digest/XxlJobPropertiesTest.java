package com.gongxuhui.notify.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The executor's settings as notify-service binds them at start: an executor (an admin address is set) without an
 * access token would serve {@code /run} to anyone who reaches its port, so the service refuses to start.
 */
class XxlJobPropertiesTest {

    @Test
    void anExecutorWithoutAnAccessTokenStopsTheStart() {
        assertThatThrownBy(() -> bind(Map.of("admin-addresses", "http://xxl-job-admin:8080/xxl-job-admin",
                "access-token", " ")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("GXH_XXL_JOB_ACCESS_TOKEN");
    }

    @Test
    void anExecutorWithAnAccessTokenStarts() {
        assertThat(bind(Map.of("admin-addresses", "http://xxl-job-admin:8080/xxl-job-admin",
                "access-token", "0123456789abcdef")).accessToken()).isEqualTo("0123456789abcdef");
    }

    @Test
    void withoutAnAdminNoExecutorStartsAndNoTokenIsNeeded() {
        assertThat(bind(Map.of("admin-addresses", "")).accessToken()).isNull();
    }

    private static XxlJobProperties bind(Map<String, String> settings) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        settings.forEach((key, value) -> source.put("gxh.notify.xxl-job." + key, value));
        return new Binder(source).bindOrCreate("gxh.notify.xxl-job", XxlJobProperties.class);
    }
}
