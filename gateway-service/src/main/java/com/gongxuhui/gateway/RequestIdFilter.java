package com.gongxuhui.gateway;

import io.micrometer.context.ContextRegistry;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

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

    public RequestIdFilter() {
        // Lets Reactor (spring.reactor.context-propagation=auto) copy the id from the subscriber context into
        // the MDC wherever it handles a signal, so that the log lines of Spring and of the gateway carry it.
        ContextRegistry.getInstance().registerThreadLocalAccessor(MDC_KEY,
                () -> MDC.get(MDC_KEY), id -> MDC.put(MDC_KEY, id), () -> MDC.remove(MDC_KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = wellFormedOrNew(exchange.getRequest().getHeaders().getFirst(HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, requestId))
                .build();
        exchange.getResponse().getHeaders().set(HEADER, requestId);
        exchange.getAttributes().put(ATTRIBUTE, requestId);
        return chain.filter(exchange.mutate().request(request).build())
                .contextWrite(Context.of(MDC_KEY, requestId));
    }

    /**
     * Runs {@code logging} with the request's id in the MDC, for code that logs outside this filter's Reactor
     * context: exception handlers (which wrap the whole filter chain) and response-commit callbacks.
     */
    public static void withRequestIdInLog(ServerWebExchange exchange, Runnable logging) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, exchange.getAttribute(ATTRIBUTE))) {
            logging.run();
        }
    }

    static String wellFormedOrNew(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches()
                ? candidate
                : UUID.randomUUID().toString();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
