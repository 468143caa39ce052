package com.gongxuhui.gateway;

import com.gongxuhui.common.security.OpenApiSignature;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * An open-API call signed the way docs/open-api.md tells a municipal platform to sign it, with common-lib's
 * OpenApiSignature; each variation is one thing a platform (or an attacker) might get wrong.
 */
record SignedOpenApiCall(String appKey, String secret, HttpMethod method, String pathAndQuery, byte[] body,
        long timestamp, String nonce) {

    static SignedOpenApiCall get(String pathAndQuery) {
        return new SignedOpenApiCall("platform-a", GatewayTestSupport.OPEN_API_SECRET, HttpMethod.GET, pathAndQuery,
                new byte[0], System.currentTimeMillis(), "nonce-" + UUID.randomUUID());
    }

    static SignedOpenApiCall post(String pathAndQuery, String json) {
        return get(pathAndQuery).withMethod(HttpMethod.POST).withBody(json.getBytes(StandardCharsets.UTF_8));
    }

    SignedOpenApiCall withMethod(HttpMethod otherMethod) {
        return new SignedOpenApiCall(appKey, secret, otherMethod, pathAndQuery, body, timestamp, nonce);
    }

    SignedOpenApiCall withBody(byte[] otherBody) {
        return new SignedOpenApiCall(appKey, secret, method, pathAndQuery, otherBody, timestamp, nonce);
    }

    SignedOpenApiCall withAppKey(String otherAppKey) {
        return new SignedOpenApiCall(otherAppKey, secret, method, pathAndQuery, body, timestamp, nonce);
    }

    SignedOpenApiCall withSecret(String otherSecret) {
        return new SignedOpenApiCall(appKey, otherSecret, method, pathAndQuery, body, timestamp, nonce);
    }

    SignedOpenApiCall withNonce(String otherNonce) {
        return new SignedOpenApiCall(appKey, secret, method, pathAndQuery, body, timestamp, otherNonce);
    }

    SignedOpenApiCall shiftedBy(Duration offset) {
        return new SignedOpenApiCall(appKey, secret, method, pathAndQuery, body, timestamp + offset.toMillis(), nonce);
    }

    /** The four signature headers, the signature computed over exactly this call. */
    HttpHeaders headers() {
        URI uri = URI.create(pathAndQuery);
        String canonical = OpenApiSignature.canonicalString(method.name(), uri.getRawPath(), uri.getRawQuery(), body,
                Long.toString(timestamp), nonce);
        HttpHeaders headers = new HttpHeaders();
        headers.set(OpenApiSignature.APP_KEY_HEADER, appKey);
        headers.set(OpenApiSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.set(OpenApiSignature.NONCE_HEADER, nonce);
        headers.set(OpenApiSignature.SIGNATURE_HEADER, OpenApiSignature.sign(secret, canonical));
        return headers;
    }
}
