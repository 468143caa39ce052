package com.gongxuhui.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.gongxuhui.common.security.OpenApiSignature;
import com.gongxuhui.gateway.open.OpenApiHeaders;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The open API's signature check at the gateway (docs/open-api.md) against the real Redis of the test
 * profile; WireMock stands in for demand-service and shows what reached it.
 */
class OpenApiSignatureCheckTest extends GatewayTestSupport {

    private static final String DEMAND_JSON = "{\"title\":\"智能制造产线改造\",\n  \"budget\": 120000.50 }";

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void forwardsASignedGetWithTheClientsIdentityInTrustedHeaders() {
        SignedOpenApiCall call = SignedOpenApiCall.get(
                "/open/demands?status=OPEN&keyword=%E6%99%BA%E8%83%BD+%E5%88%B6%E9%80%A0&page=1");

        send(call).expectStatus().isOk()
                .expectBody().jsonPath("$.from").isEqualTo("downstream");

        assertThat(receivedOpenCalls()).singleElement().satisfies(request -> {
            assertThat(request.getUrl()).isEqualTo(call.pathAndQuery());
            assertTrustedHeaders(request);
        });
    }

    @Test
    void forwardsASignedPostWithItsBodyByteForByte() {
        SignedOpenApiCall call = SignedOpenApiCall.post("/open/demands", DEMAND_JSON);

        send(call).expectStatus().isOk();

        assertThat(receivedOpenCalls()).singleElement().satisfies(request -> {
            assertThat(request.getMethod().getName()).isEqualTo("POST");
            assertThat(request.getBody()).isEqualTo(DEMAND_JSON.getBytes(StandardCharsets.UTF_8));
            assertThat(request.getHeader(HttpHeaders.CONTENT_TYPE)).startsWith(MediaType.APPLICATION_JSON_VALUE);
            assertTrustedHeaders(request);
        });
    }

    @Test
    void forwardsAChunkedBodyIntactToo() {
        byte[] json = DEMAND_JSON.getBytes(StandardCharsets.UTF_8);
        SignedOpenApiCall call = SignedOpenApiCall.post("/open/demands", DEMAND_JSON);

        client.post().uri(absolute(call.pathAndQuery()))
                .headers(headers -> headers.addAll(call.headers()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromDataBuffers(chunks(json, 7)))
                .exchange()
                .expectStatus().isOk();

        assertThat(receivedOpenCalls()).singleElement()
                .satisfies(request -> assertThat(request.getBody()).isEqualTo(json));
    }

    @Test
    void refusesTheSameSignedRequestSentAgain() {
        SignedOpenApiCall call = SignedOpenApiCall.post("/open/demands", DEMAND_JSON);

        send(call).expectStatus().isOk();
        expectRefusal(send(call), "OPEN_API_NONCE_REUSED", "随机数（X-Nonce）已使用过，请求不能重放");

        assertThat(receivedOpenCalls()).hasSize(1);
    }

    @Test
    void keepsANonceInRedisForTwiceTheTimestampWindow() {
        SignedOpenApiCall call = SignedOpenApiCall.get("/open/demands");

        send(call).expectStatus().isOk();

        Long secondsLeft = redis.getExpire("open-api:nonce:platform-a:" + call.nonce());
        assertThat(secondsLeft).isBetween(Duration.ofMinutes(9).toSeconds(), Duration.ofMinutes(10).toSeconds());
    }

    @Test
    void doesNotSpendTheNonceOfARefusedRequest() {
        SignedOpenApiCall call = SignedOpenApiCall.get("/open/demands");

        expectRefusal(send(call.withSecret("guessed-secret")), "OPEN_API_SIGNATURE_INVALID", "签名（X-Signature）校验失败");
        send(call).expectStatus().isOk();

        assertThat(receivedOpenCalls()).hasSize(1);
    }

    @Test
    void limitsAPlatformToItsOwnCallsPerSecondWithoutLimitingTheOthers() {
        long started = System.nanoTime();
        List<EntityExchangeResult<String>> burst = Flux.range(0, 8)
                .flatMap(i -> Mono.fromCallable(() -> send(SignedOpenApiCall.get("/open/demands")
                                .withAppKey("platform-slow")).expectBody(String.class).returnResult())
                        .subscribeOn(Schedulers.boundedElastic()), 8)
                .collectList()
                .block();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        List<Integer> statuses = burst.stream().map(result -> result.getStatus().value()).toList();
        assertThat(statuses).isSubsetOf(200, 429).contains(429);
        // 1 per second as Sentinel counts it: over its last two half-second buckets, so two passes are at least half
        // a second apart, however slow the machine made the burst (not a whole second: a pass late in one bucket and
        // one early in the bucket after next are 0.5 s and a little apart).
        assertThat(statuses).filteredOn(status -> status == 200)
                .hasSizeLessThanOrEqualTo((int) (took.toMillis() / 500) + 1);
        assertThat(burst).filteredOn(result -> result.getStatus().value() == 429).first()
                .satisfies(refused -> assertThat(refused.getResponseBody()).contains("\"code\":\"RATE_LIMITED\""));
        send(SignedOpenApiCall.get("/open/demands")).expectStatus().isOk();
    }

    @Test
    void replacesCallerSentOpenApiAndInternalTokenHeadersWithItsOwn() {
        SignedOpenApiCall call = SignedOpenApiCall.get("/open/demands");

        send(call, headers -> {
            headers.set("X-Open-App-Key", "platform-off");
            headers.set("X-Open-Platform", "forged-platform");
            headers.set("x-open-region", "000000");
            headers.set("X-Open-Scope", "ALL");
            headers.set("X-Internal-Token", "guessed-token");
        }).expectStatus().isOk();

        assertThat(receivedOpenCalls()).singleElement().satisfies(request -> {
            assertTrustedHeaders(request);
            assertThat(request.containsHeader("X-Open-Scope")).isFalse();
        });
    }

    @Test
    void removesOpenApiAndInternalTokenHeadersOnEveryOtherRoute() {
        client.get().uri("/api/demands/7")
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))
                .header("X-Open-Platform", "forged-platform")
                .header("X-Open-App-Key", "platform-a")
                .header("X-Internal-Token", INTERNAL_TOKEN)
                .exchange()
                .expectStatus().isOk();

        assertThat(downstream.findAll(anyRequestedFor(urlEqualTo("/api/demands/7")))).singleElement()
                .satisfies(request -> assertThat(request.getHeaders().keys())
                        .noneMatch(name -> name.toLowerCase().startsWith("x-open-"))
                        .noneMatch(name -> name.equalsIgnoreCase("X-Internal-Token")));
    }

    @Test
    void doesNotTakeABearerTokenInsteadOfTheSignature() {
        client.get().uri("/open/demands")
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("OPEN_API_HEADERS_MISSING")
                .jsonPath("$.title").isEqualTo("Unauthenticated")
                .jsonPath("$.detail").isEqualTo(
                        "Signature headers missing or malformed (X-App-Key, X-Timestamp, X-Nonce, X-Signature)");

        assertThat(receivedOpenCalls()).isEmpty();
    }

    @Test
    void dropsTheAuthorizationHeaderOfASignedCall() {
        SignedOpenApiCall call = SignedOpenApiCall.get("/open/demands");

        send(call, headers -> headers.set(HttpHeaders.AUTHORIZATION, bearer(tokens.valid()))).expectStatus().isOk();

        assertThat(receivedOpenCalls()).singleElement()
                .satisfies(request -> assertThat(request.containsHeader(HttpHeaders.AUTHORIZATION)).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {OpenApiSignature.APP_KEY_HEADER, OpenApiSignature.TIMESTAMP_HEADER,
            OpenApiSignature.NONCE_HEADER, OpenApiSignature.SIGNATURE_HEADER})
    void refusesACallWithoutOneOfTheSignatureHeaders(String missing) {
        SignedOpenApiCall call = SignedOpenApiCall.get("/open/demands");

        expectRefusal(send(call, headers -> headers.remove(missing)), "OPEN_API_HEADERS_MISSING",
                "缺少签名请求头或格式有误（X-App-Key、X-Timestamp、X-Nonce、X-Signature）");

        assertThat(receivedOpenCalls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Timestamp=2026-11-27T10:00:00Z", "X-Timestamp=-1", "X-Nonce=short",
            "X-Nonce=nonce with spaces in it", "X-App-Key=platform a"})
    void refusesMalformedSignatureHeaders(String header) {
        String[] nameAndValue = header.split("=", 2);
        SignedOpenApiCall call = SignedOpenApiCall.get("/open/demands");

        expectRefusal(send(call, headers -> headers.set(nameAndValue[0], nameAndValue[1])),
                "OPEN_API_HEADERS_MISSING", "缺少签名请求头或格式有误（X-App-Key、X-Timestamp、X-Nonce、X-Signature）");

        assertThat(receivedOpenCalls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform-unknown", "platform-off"})
    void refusesAnUnknownOrDisabledAppKey(String appKey) {
        SignedOpenApiCall call = SignedOpenApiCall.get("/open/demands").withAppKey(appKey);

        expectRefusal(send(call), "OPEN_API_APP_KEY_UNKNOWN", "应用标识（X-App-Key）不存在或已停用");

        assertThat(receivedOpenCalls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {-6, 6})
    void refusesATimestampMoreThanFiveMinutesAway(long minutes) {
        SignedOpenApiCall call = SignedOpenApiCall.get("/open/demands").shiftedBy(Duration.ofMinutes(minutes));

        expectRefusal(send(call), "OPEN_API_TIMESTAMP_EXPIRED", "时间戳（X-Timestamp）与服务器时间相差超过 5 分钟");

        assertThat(receivedOpenCalls()).isEmpty();
    }

    @Test
    void acceptsATimestampWithinTheWindow() {
        send(SignedOpenApiCall.get("/open/demands").shiftedBy(Duration.ofMinutes(-4))).expectStatus().isOk();
        send(SignedOpenApiCall.get("/open/demands").shiftedBy(Duration.ofMinutes(4))).expectStatus().isOk();

        assertThat(receivedOpenCalls()).hasSize(2);
    }

    static Stream<Arguments> tamperedCalls() {
        SignedOpenApiCall call = SignedOpenApiCall.post("/open/demands?draft=false", DEMAND_JSON);
        byte[] otherBody = DEMAND_JSON.replace("120000.50", "1.00").getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("signed with another secret", call.withSecret("another-secret"), call.pathAndQuery(),
                        call.body()),
                Arguments.of("body changed after signing", call, call.pathAndQuery(), otherBody),
                Arguments.of("query changed after signing", call, "/open/demands?draft=true", call.body()),
                Arguments.of("path changed after signing", call, "/open/demands/7?draft=false", call.body()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperedCalls")
    void refusesACallThatIsNotTheOneSigned(String what, SignedOpenApiCall signed, String sentPath, byte[] sentBody) {
        expectRefusal(send(signed.method(), sentPath, signed.headers(), sentBody),
                "OPEN_API_SIGNATURE_INVALID", "签名（X-Signature）校验失败");

        assertThat(receivedOpenCalls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/open/../api/demands/7", "/open/%2e%2e/api/demands/7", "/open/./demands",
            "/open/demands%2F..%2F..%2Fapi%2Fdemands", "/open/demands%5C7"})
    void refusesAPathThatTheServiceWouldResolveElsewhereEvenWhenSigned(String path) {
        SignedOpenApiCall call = SignedOpenApiCall.get(path);

        // Spring Security's StrictServerWebExchangeFirewall answers these before any filter of the gateway runs.
        send(call).expectStatus().isBadRequest();

        assertThat(downstream.findAll(anyRequestedFor(urlPathMatching(".*demands.*")))).isEmpty();
    }

    @Test
    void checksTheOpenPathItselfToo() {
        expectRefusal(client.get().uri("/open").exchange(), "OPEN_API_HEADERS_MISSING",
                "缺少签名请求头或格式有误（X-App-Key、X-Timestamp、X-Nonce、X-Signature）");

        assertThat(downstream.findAll(anyRequestedFor(urlPathMatching("/open.*")))).isEmpty();
    }

    @Test
    void refusesABodyOverOneMegabyteWith413() {
        byte[] tooLarge = oneByteOverTheLimit();
        SignedOpenApiCall call = SignedOpenApiCall.post("/open/demands", "").withBody(tooLarge);

        send(call).expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE")
                .jsonPath("$.detail").isEqualTo("请求体超过上限（1 MB）");

        assertThat(receivedOpenCalls()).isEmpty();
    }

    @Test
    void refusesAChunkedBodyOverOneMegabyteWith413() {
        byte[] tooLarge = oneByteOverTheLimit();
        SignedOpenApiCall call = SignedOpenApiCall.post("/open/demands", "").withBody(tooLarge);

        client.post().uri(absolute(call.pathAndQuery()))
                .headers(headers -> headers.addAll(call.headers()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromDataBuffers(chunks(tooLarge, 64 * 1024)))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");

        assertThat(receivedOpenCalls()).isEmpty();
    }

    private WebTestClient.ResponseSpec send(SignedOpenApiCall call) {
        return send(call, headers -> { });
    }

    private WebTestClient.ResponseSpec send(SignedOpenApiCall call, Consumer<HttpHeaders> changes) {
        HttpHeaders headers = call.headers();
        changes.accept(headers);
        return send(call.method(), call.pathAndQuery(), headers, call.body());
    }

    /** The path and query go out exactly as given (WebTestClient's templates would encode the % again). */
    private WebTestClient.ResponseSpec send(HttpMethod method, String pathAndQuery, HttpHeaders headers, byte[] body) {
        WebTestClient.RequestBodySpec request = client.method(method).uri(absolute(pathAndQuery))
                .headers(sent -> sent.addAll(headers));
        return body.length == 0
                ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private URI absolute(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private static void expectRefusal(WebTestClient.ResponseSpec response, String code, String detail) {
        response.expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.title").isEqualTo("未认证")
                .jsonPath("$.detail").isEqualTo(detail);
    }

    private static void assertTrustedHeaders(LoggedRequest request) {
        assertThat(request.getHeader(OpenApiHeaders.APP_KEY)).isEqualTo("platform-a");
        assertThat(request.getHeader(OpenApiHeaders.PLATFORM)).isEqualTo("hangzhou-platform");
        assertThat(request.getHeader(OpenApiHeaders.REGION)).isEqualTo("330100");
        assertThat(request.getHeader(OpenApiHeaders.INTERNAL_TOKEN)).isEqualTo(INTERNAL_TOKEN);
        assertThat(request.getHeaders().getHeader(OpenApiHeaders.PLATFORM).values()).hasSize(1);
        assertThat(request.containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
    }

    private static List<LoggedRequest> receivedOpenCalls() {
        return downstream.findAll(anyRequestedFor(urlPathMatching("/open/.*")));
    }

    /** JSON whitespace, 1 MB and one byte. */
    private static byte[] oneByteOverTheLimit() {
        byte[] body = new byte[1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');
        return body;
    }

    private static Flux<DataBuffer> chunks(byte[] bytes, int size) {
        return Flux.range(0, (bytes.length + size - 1) / size)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(
                        Arrays.copyOfRange(bytes, i * size, Math.min(bytes.length, (i + 1) * size))));
    }
}
