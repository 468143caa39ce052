package com.gongxuhui.enterprise.registry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the business-registration provider is and the platform's token ({@code gxh.registry.*}). Both come from
 * the environment through Spring's relaxed binding: {@code GXH_REGISTRY_BASE_URL}, {@code GXH_REGISTRY_TOKEN}.
 * Without a token every lookup answers {@code REGISTRY_UNAVAILABLE} and enterprises can still be entered by hand,
 * which suits the embedded default.
 *
 * @param baseUrl  the provider's open API (Tianyancha's by default); tests point it at WireMock
 * @param cacheFor how long a found enterprise is kept in Redis: registration facts change rarely, and every
 *                 provider call costs money and counts against the account's rate limit
 */
@ConfigurationProperties("gxh.registry")
public record RegistryProperties(
        @DefaultValue("http://open.api.tianyancha.com") String baseUrl,
        String token,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("1d") Duration cacheFor) {

    boolean hasToken() {
        return token != null && !token.isBlank();
    }
}
