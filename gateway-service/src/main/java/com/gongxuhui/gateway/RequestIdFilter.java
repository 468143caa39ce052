package com.gongxuhui.gateway;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request its {@code X-Request-Id} (conventions.md, Requests): a well-formed client value is
 * kept, anything else is replaced by a UUID. The id goes downstream, back to the caller (401s and 429s
 * included, as this filter runs before all others) and into the log MDC as {@code requestId}.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = wellFormedOrNew(exchange.getRequest().getHeaders().getFirst(HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, requestId))
                .build();
        exchange.getResponse().getHeaders().set(HEADER, requestId);
        exchange.getAttributes().put(ATTRIBUTE, requestId);
        return chain.filter(exchange.mutate().request(request).build());
    }

    /**
     * Runs {@code logging} with the request's id in the MDC: every log line of the gateway about a request is written
     * through this. Reactor's automatic context propagation would put it there for every line, Spring's included,
     * but restores thread-locals on every signal of every request, which cost about a tenth of the gateway's CPU.
     */
    public static void withRequestIdInLog(ServerWebExchange exchange, Runnable logging) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, exchange.getAttribute(ATTRIBUTE))) {
            logging.run();
        }
    }

    static String wellFormedOrNew(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches()
                ? candidate
                // random enough to tell requests apart, without UUID.randomUUID()'s shared SecureRandom per request
                : new UUID(ThreadLocalRandom.current().nextLong(), ThreadLocalRandom.current().nextLong()).toString();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
