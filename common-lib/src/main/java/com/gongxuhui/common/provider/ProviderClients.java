package com.gongxuhui.common.provider;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The HTTP client of an outside provider's API (DingTalk, WeChat, the business registry, the provincial portal), one
 * shape for all: its base URL and both timeouts, so that a slow provider holds a request thread for at most those.
 */
public final class ProviderClients {

    private ProviderClients() {
    }

    /**
     * HTTP/1.1: over plain http (a provider's test double, a proxy inside the network) the JDK client's default asks
     * the server to upgrade to HTTP/2, and a server that takes the upgrade resets a POST's stream.
     */
    public static RestClient restClient(RestClient.Builder builder, String baseUrl, Duration connectTimeout,
            Duration readTimeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build());
        requests.setReadTimeout(readTimeout);
        return builder.baseUrl(baseUrl).requestFactory(requests).build();
    }
}
