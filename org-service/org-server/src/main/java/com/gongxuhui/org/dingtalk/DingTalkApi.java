package com.gongxuhui.org.dingtalk;

import com.gongxuhui.org.dingtalk.DingTalkAnswer.UserDetail;
import com.gongxuhui.org.dingtalk.DingTalkAnswer.UserInfo;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The three calls of DingTalk's server API that a one-tap login needs, as DingTalk documents them
 * (open.dingtalk.com 服务端API, mirrored at help.dingtalk.io):
 * <ul>
 * <li>{@code GET /gettoken?appkey=&appsecret=} → {@code {errcode, errmsg, access_token, expires_in}}
 * (获取企业内部应用的access_token; 7200 s, to be cached, not fetched per call);</li>
 * <li>{@code POST /topapi/v2/user/getuserinfo?access_token=} {@code {"code": authCode}} →
 * {@code {errcode, errmsg, result: {userid, ...}}} (通过免登码获取用户信息; a code lives five minutes and
 * works once);</li>
 * <li>{@code POST /topapi/v2/user/get?access_token=} {@code {"userid": ...}} →
 * {@code {errcode, errmsg, result: {mobile, ...}}} (查询用户详情).</li>
 * </ul>
 * DingTalk's answers come back as sent, errcode included; failing to get an answer at all (no connection, a
 * timeout, a non-2xx status, a body that is not the documented JSON) is {@code DINGTALK_UNAVAILABLE}.
 */
@Component
class DingTalkApi {

    private static final ParameterizedTypeReference<DingTalkAnswer<UserInfo>> USER_INFO = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<DingTalkAnswer<UserDetail>> USER_DETAIL = new ParameterizedTypeReference<>() {
    };

    private final RestClient http;
    private final DingTalkProperties properties;

    DingTalkApi(RestClient.Builder builder, DingTalkProperties properties) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = builder.baseUrl(properties.baseUrl()).requestFactory(requests).build();
        this.properties = properties;
    }

    TokenAnswer getToken() {
        return call("gettoken", () -> http.get()
                .uri("/gettoken?appkey={appkey}&appsecret={appsecret}", properties.appKey(), properties.appSecret())
                .retrieve()
                .body(TokenAnswer.class));
    }

    DingTalkAnswer<UserInfo> getUserInfo(String accessToken, String authCode) {
        return call("getuserinfo", () -> http.post()
                .uri("/topapi/v2/user/getuserinfo?access_token={token}", accessToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", authCode))
                .retrieve()
                .body(USER_INFO));
    }

    DingTalkAnswer<UserDetail> getUser(String accessToken, String userId) {
        return call("user/get", () -> http.post()
                .uri("/topapi/v2/user/get?access_token={token}", accessToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("userid", userId))
                .retrieve()
                .body(USER_DETAIL));
    }

    private static <T> T call(String name, Supplier<T> request) {
        T answer;
        try {
            answer = request.get();
        } catch (RestClientException e) {
            throw DingTalkUnavailable.because(name + " failed: " + e);
        }
        if (answer == null) {
            throw DingTalkUnavailable.because(name + " answered with an empty body");
        }
        return answer;
    }
}
