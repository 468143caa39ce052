package com.gongxuhui.enterprise.registry;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the business-registration provider is and the platform's token ({@code gxh.registry.*}). Both come from
 * the environment through Spring's relaxed binding: {@code GXH_REGISTRY_BASE_URL}, {@code GXH_REGISTRY_TOKEN}.
 * Without a token every lookup answers {@code REGISTRY_UNAVAILABLE} and enterprises can still be entered by hand,
 * which suits the embedded default.
 *
 * @param baseUrl                 the provider's open API (Tianyancha's by default), over HTTPS: the token goes in
 *                                a header of every call. Plain HTTP is refused at start-up unless the address is
 *                                this machine's (tests' WireMock, the local sandbox)
 * @param cacheFor                how long a found enterprise is kept in Redis: registration facts change rarely,
 *                                and every provider call costs money and counts against the account's rate limit
 * @param notFoundCacheFor        how long "not registered" is kept: shorter, the enterprise may register tomorrow,
 *                                but long enough that asking the same wrong name again costs nothing
 * @param dailyLookupsPerAccount  the paid lookups (those the cache cannot answer) one account may make per day
 *                                (China's calendar day); the next answer 429 {@code REGISTRY_QUOTA_EXCEEDED}
 */
@ConfigurationProperties("gxh.registry")
public record RegistryProperties(
        @DefaultValue("https://open.api.tianyancha.com") String baseUrl,
        String token,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("1d") Duration cacheFor,
        @DefaultValue("1h") Duration notFoundCacheFor,
        @DefaultValue("100") int dailyLookupsPerAccount) {

    public RegistryProperties {
        URI address = URI.create(baseUrl);
        if (!"https".equalsIgnoreCase(address.getScheme()) && !isThisMachine(address.getHost())) {
            throw new IllegalStateException("gxh.registry.base-url must be an https:// address (the registry token "
                    + "would travel in clear over " + baseUrl + ")");
        }
    }

    boolean hasToken() {
        return token != null && !token.isBlank();
    }

    private static boolean isThisMachine(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            // only literal addresses are looked at: a name is not resolved here
            return host.matches("[0-9.]+|\\[[0-9a-fA-F:]+\\]") && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
