package com.gongxuhui.org.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 浙江网上技术市场, the provincial portal whose signed-in users follow its 供需荟 link with a one-time ticket
 * ({@code gxh.portal.*}, from {@code GXH_PORTAL_BASE_URL}, {@code GXH_PORTAL_APP_ID}, {@code GXH_PORTAL_APP_SECRET}).
 * Without them the entry answers {@code PORTAL_UNAVAILABLE} and everything else works, which suits the embedded
 * default.
 *
 * @param baseUrl the portal's user-info API ({@link PortalApi}); tests point it at WireMock
 */
@ConfigurationProperties("gxh.portal")
public record PortalProperties(
        String baseUrl,
        String appId,
        String appSecret,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) {

    boolean configured() {
        return baseUrl != null && !baseUrl.isBlank() && appId != null && !appId.isBlank() && appSecret != null
                && !appSecret.isBlank();
    }
}
