package com.gongxuhui.enterprise.registry;

import java.net.http.HttpClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The provider's base-information query in Tianyancha's shape (开放平台 API 1116 企业基本信息, as Tianyancha
 * documents it and its SDKs call it): {@code GET /services/open/ic/baseinfo/normal?keyword=} with the account's
 * token as the bare value of the {@code Authorization} header; the keyword is the full name, the registration
 * number or the credit code, URL-encoded. Business failures come back as HTTP 200 with an {@code error_code}
 * ({@link RegistryAnswer}); an HTTP 429 is the gateway's rate limit; no answer at all (no connection, timeout,
 * other non-2xx, a body that is not the documented JSON) is {@code REGISTRY_UNAVAILABLE}.
 */
@Component
class RegistryApi {

    private final RestClient http;
    private final RegistryProperties properties;

    RegistryApi(RestClient.Builder builder, RegistryProperties properties) {
        // not common-lib's ProviderClients (HTTP/1.1): over HTTP/1.1 the JDK client repeats a GET whose pooled
        // connection was reset, and each lookup is paid (RegistryLookupIT asks once per failure)
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = builder.baseUrl(properties.baseUrl()).requestFactory(requests).build();
        this.properties = properties;
    }

    RegistryAnswer baseInfo(String keyword) {
        RegistryAnswer answer;
        try {
            answer = http.get()
                    .uri("/services/open/ic/baseinfo/normal?keyword={keyword}", keyword)
                    .header(HttpHeaders.AUTHORIZATION, properties.token())
                    .retrieve()
                    .onStatus(status -> status.value() == HttpStatus.TOO_MANY_REQUESTS.value(), (request, response) -> {
                        throw RegistryProblem.rateLimited("HTTP 429 for " + request.getURI().getPath());
                    })
                    .body(RegistryAnswer.class);
        } catch (RestClientException e) {
            throw RegistryProblem.unavailable("baseinfo failed: " + e);
        }
        if (answer == null || answer.errorCode() == null) {
            throw RegistryProblem.unavailable("baseinfo answered without an error_code");
        }
        return answer;
    }
}
