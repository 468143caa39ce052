package com.gongxuhui.notify.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP exchange with a provider that answers JSON. No answer, a non-2xx status or a body that is not JSON
 * is the provider being unavailable ({@link Unavailable}), which a delivery tries again later.
 */
final class ProviderCall {

    static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final ObjectMapper json;
    private final ChannelProperties properties;

    ProviderCall(ObjectMapper json, ChannelProperties properties) {
        // HTTP/1.1: what the providers speak; no h2c upgrade offer on plain-HTTP calls
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build();
        this.json = json;
        this.properties = properties;
    }

    JsonNode get(String url) {
        return exchange(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    JsonNode post(String url, Object body) {
        try {
            return exchange(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json;charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalArgumentException("A request body that cannot be written as JSON", e);
        }
    }

    private JsonNode exchange(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(properties.readTimeout()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable("no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new Unavailable("HTTP " + response.statusCode() + " " + abbreviate(response.body()));
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new Unavailable("not JSON: " + abbreviate(response.body()));
        }
    }

    static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
