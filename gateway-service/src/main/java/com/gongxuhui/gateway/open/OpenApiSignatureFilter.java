package com.gongxuhui.gateway.open;

import com.alibaba.csp.sentinel.adapter.reactor.SentinelReactorTransformer;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.gongxuhui.common.security.OpenApiSignature;
import com.gongxuhui.gateway.GatewayProblem;
import com.gongxuhui.gateway.ProblemResponses;
import com.gongxuhui.gateway.RequestIdFilter;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The open API's gate (architecture.md, Identity and access): a request to {@code /open/**} passes only
 * with the app key of an enabled client, a timestamp within {@link #WINDOW} of the gateway's clock, a nonce
 * not used before and a valid {@link OpenApiSignature}; a bearer token does not replace them. A client's own
 * rate limit ({@code qps}, OpenApiClients) is applied to its signed calls only. A passing
 * request goes on with the client's identity in trusted headers and the open-API credential, so that
 * demand-service can trust it; the body, read here for its hash, goes on unchanged.
 * {@code IdentityHeaderFilter} has already removed any of these headers that the caller sent itself.
 */
@Component
class OpenApiSignatureFilter implements GlobalFilter, Ordered {

    static final Duration WINDOW = Duration.ofMinutes(5);
    /** The same cap as the services' JSON bodies (common-lib's RequestBodyLimitFilter). */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(OpenApiSignatureFilter.class);

    private static final PathPattern OPEN_PATHS = PathPatternParser.defaultInstance.parse("/open/**");
    private static final Pattern APP_KEY = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,15}");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9._-]{16,64}");

    private final OpenApiClients clients;
    private final OpenApiNonces nonces;
    private final ProblemResponses problems;
    private final String internalToken;
    private final Clock clock;

    OpenApiSignatureFilter(OpenApiClients clients, OpenApiNonces nonces, ProblemResponses problems,
            @Value("${gxh.internal.open-api-token}") String internalToken) {
        this.clients = clients;
        this.nonces = nonces;
        this.problems = problems;
        this.internalToken = internalToken;
        this.clock = Clock.systemUTC();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!OPEN_PATHS.matches(request.getPath().pathWithinApplication())) {
            return chain.filter(exchange);
        }
        HttpHeaders headers = request.getHeaders();
        String appKey = headers.getFirst(OpenApiSignature.APP_KEY_HEADER);
        String timestamp = headers.getFirst(OpenApiSignature.TIMESTAMP_HEADER);
        String nonce = headers.getFirst(OpenApiSignature.NONCE_HEADER);
        String signature = headers.getFirst(OpenApiSignature.SIGNATURE_HEADER);
        if (!matches(APP_KEY, appKey) || !matches(TIMESTAMP, timestamp) || !matches(NONCE, nonce)
                || signature == null || signature.isBlank()) {
            return refuse(exchange, GatewayProblem.OPEN_API_HEADERS_MISSING, appKey);
        }
        OpenApiClient client = clients.usable(appKey).orElse(null);
        if (client == null) {
            return refuse(exchange, GatewayProblem.OPEN_API_APP_KEY_UNKNOWN, appKey);
        }
        if (!withinWindow(Long.parseLong(timestamp))) {
            return refuse(exchange, GatewayProblem.OPEN_API_TIMESTAMP_EXPIRED, appKey);
        }
        if (headers.getContentLength() > MAX_BODY_BYTES) {
            return refuse(exchange, GatewayProblem.PAYLOAD_TOO_LARGE, appKey);
        }
        return body(request).flatMap(body -> {
            String canonical = OpenApiSignature.canonicalString(request.getMethod().name(),
                    request.getURI().getRawPath(), request.getURI().getRawQuery(), body, timestamp, nonce);
            if (!OpenApiSignature.matches(client.secret(), canonical, signature)) {
                return refuse(exchange, GatewayProblem.OPEN_API_SIGNATURE_INVALID, appKey);
            }
            // Only after the signature: nonces of unsigned requests would fill Redis for nothing, and a forger
            // could spend a platform's rate limit. A call refused for the limit keeps its nonce for a retry.
            return nonces.firstUse(appKey, nonce)
                    .flatMap(first -> first
                            ? chain.filter(exchange.mutate().request(trusted(exchange, appKey, client, body)).build())
                            : refuse(exchange, GatewayProblem.OPEN_API_NONCE_REUSED, appKey))
                    .transform(new SentinelReactorTransformer<>(OpenApiClients.resource(appKey)))
                    .onErrorResume(BlockException.class,
                            blocked -> refuse(exchange, GatewayProblem.RATE_LIMITED, appKey));
        }).onErrorResume(DataBufferLimitException.class,
                tooLarge -> refuse(exchange, GatewayProblem.PAYLOAD_TOO_LARGE, appKey));
    }

    private boolean withinWindow(long timestampMillis) {
        return Math.abs(clock.millis() - timestampMillis) <= WINDOW.toMillis();
    }

    /** The whole body, at most {@link #MAX_BODY_BYTES} (a chunked body is cut off as soon as it passes them). */
    private static Mono<byte[]> body(ServerHttpRequest request) {
        return DataBufferUtils.join(request.getBody(), MAX_BODY_BYTES)
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0]);
    }

    /**
     * The request as the service gets it: the open client's identity and the open-API credential added, the
     * Authorization header dropped (on /open/** the signature is the credential, not a token), and the body
     * served again from the bytes that were hashed.
     */
    private ServerHttpRequest trusted(ServerWebExchange exchange, String appKey, OpenApiClient client, byte[] body) {
        ServerHttpRequest withHeaders = exchange.getRequest().mutate().headers(headers -> {
            headers.remove(HttpHeaders.AUTHORIZATION);
            headers.set(OpenApiHeaders.APP_KEY, appKey);
            headers.set(OpenApiHeaders.PLATFORM, client.platformId());
            if (client.regionCode() != null && !client.regionCode().isBlank()) {
                headers.set(OpenApiHeaders.REGION, client.regionCode());
            }
            headers.set(OpenApiHeaders.INTERNAL_TOKEN, internalToken);
        }).build();
        return new ServerHttpRequestDecorator(withHeaders) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
    }

    private Mono<Void> refuse(ServerWebExchange exchange, GatewayProblem problem, String appKey) {
        // The reason and the app key are for the operator; the secret and the signature are never logged.
        RequestIdFilter.withRequestIdInLog(exchange, () -> log.info("Open API refused {} {} for app key {}: {}",
                exchange.getRequest().getMethod(), exchange.getRequest().getPath(), appKey, problem));
        return problems.write(exchange, problem);
    }

    private static boolean matches(Pattern pattern, String value) {
        return value != null && pattern.matcher(value).matches();
    }

    @Override
    public int getOrder() {
        // Right after IdentityHeaderFilter, which removes caller-sent copies of the headers added here.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
