package com.gongxuhui.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import reactor.core.publisher.Mono;

/**
 * Writes RFC 9457 problem bodies in the shape every service uses (common-lib's Problems): {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance} and the stable {@code code}; Chinese unless
 * the caller asks for English with {@code Accept-Language}.
 */
@Component
public class ProblemResponses {

    private static final String TYPE_PREFIX = "https://gongxuhui.zj.cn/problems/";

    private final MessageSource messages;
    private final ObjectMapper objectMapper;
    private final AcceptHeaderLocaleContextResolver locales = new AcceptHeaderLocaleContextResolver();

    public ProblemResponses(MessageSource messages, ObjectMapper objectMapper) {
        this.messages = messages;
        this.objectMapper = objectMapper;
        locales.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        locales.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    }

    public Map<String, Object> body(ServerWebExchange exchange, GatewayProblem problem) {
        return body(exchange, problem.status(), problem.code());
    }

    /** A problem whose status is not the code's usual one, e.g. a 405 reported as {@code BAD_REQUEST}. */
    public Map<String, Object> body(ServerWebExchange exchange, HttpStatusCode status, String code) {
        Locale locale = locales.resolveLocaleContext(exchange).getLocale();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + code);
        body.put("title", messages.getMessage("problem.title." + status.value(), null, status.toString(), locale));
        body.put("status", status.value());
        body.put("detail", messages.getMessage("problem." + code, null, code, locale));
        body.put("instance", exchange.getRequest().getPath().value());
        body.put("code", code);
        return body;
    }

    public Mono<Void> write(ServerWebExchange exchange, GatewayProblem problem) {
        return write(exchange, problem.status(), problem.code());
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code) {
        byte[] json = json(body(exchange, status, code));
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(json)));
    }

    private byte[] json(Map<String, Object> body) {
        try {
            return objectMapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings and numbers is always writable as JSON", e);
        }
    }
}
