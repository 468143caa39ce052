package com.gongxuhui.org.dingtalk;

import com.gongxuhui.common.provider.ProviderClients;
import com.gongxuhui.org.dingtalk.DingTalkAnswer.UserDetail;
import com.gongxuhui.org.dingtalk.DingTalkAnswer.UserId;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The calls of DingTalk's server API that org-service makes, as DingTalk documents them (open.dingtalk.com
 * 服务端API, mirrored at help.dingtalk.io), all on one client:
 * <ul>
 * <li>{@code GET /gettoken?appkey=&appsecret=} → {@code {errcode, errmsg, access_token, expires_in}}
 * (获取企业内部应用的access_token; 7200 s, to be cached, not fetched per call);</li>
 * <li>{@code POST /topapi/v2/user/getuserinfo?access_token=} {@code {"code": authCode}} →
 * {@code {errcode, errmsg, result: {userid, ...}}} (通过免登码获取用户信息; a code lives five minutes and
 * works once);</li>
 * <li>{@code POST /topapi/v2/user/get?access_token=} {@code {"userid": ...}} →
 * {@code {errcode, errmsg, result: {mobile, active, ...}}} (查询用户详情; {@code active}: 是否激活了钉钉);</li>
 * <li>{@code POST /topapi/v2/user/create?access_token=} {@code {"name", "mobile", "dept_id_list"}} →
 * {@code {errcode, errmsg, result: {userid, ...}}} (创建用户: adds the person to the organisation's address book,
 * in the departments listed comma-separated; DingTalk invites him to activate);</li>
 * <li>{@code POST /topapi/v2/user/getbymobile?access_token=} {@code {"mobile": ...}} →
 * {@code {errcode, errmsg, result: {userid}}} (根据手机号查询用户).</li>
 * </ul>
 * DingTalk's answers come back as sent, errcode included; failing to get an answer at all (no connection, a
 * timeout, a non-2xx status, a body that is not the documented JSON) is {@link DingTalkCallFailed}.
 */
@Component
class DingTalkApi {

    private static final ParameterizedTypeReference<DingTalkAnswer<UserId>> USER_ID = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<DingTalkAnswer<UserDetail>> USER_DETAIL = new ParameterizedTypeReference<>() {
    };

    private final RestClient http;
    private final DingTalkProperties properties;

    DingTalkApi(RestClient.Builder builder, DingTalkProperties properties) {
        this.http = ProviderClients.restClient(builder, properties.baseUrl(), properties.connectTimeout(),
                properties.readTimeout());
        this.properties = properties;
    }

    TokenAnswer getToken() {
        return call("gettoken", () -> http.get()
                .uri("/gettoken?appkey={appkey}&appsecret={appsecret}", properties.appKey(), properties.appSecret())
                .retrieve()
                .body(TokenAnswer.class));
    }

    DingTalkAnswer<UserId> getUserInfo(String accessToken, String authCode) {
        return post("getuserinfo", "/topapi/v2/user/getuserinfo", accessToken, Map.of("code", authCode), USER_ID);
    }

    DingTalkAnswer<UserDetail> getUser(String accessToken, String userId) {
        return post("user/get", "/topapi/v2/user/get", accessToken, Map.of("userid", userId), USER_DETAIL);
    }

    DingTalkAnswer<UserId> createUser(String accessToken, String name, String mobile, long departmentId) {
        return post("user/create", "/topapi/v2/user/create", accessToken,
                Map.of("name", name, "mobile", mobile, "dept_id_list", Long.toString(departmentId)), USER_ID);
    }

    DingTalkAnswer<UserId> getUserByMobile(String accessToken, String mobile) {
        return post("user/getbymobile", "/topapi/v2/user/getbymobile", accessToken, Map.of("mobile", mobile), USER_ID);
    }

    private <T> DingTalkAnswer<T> post(String name, String path, String accessToken, Map<String, String> body,
            ParameterizedTypeReference<DingTalkAnswer<T>> answer) {
        return call(name, () -> http.post()
                .uri(path + "?access_token={token}", accessToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(answer));
    }

    private static <T> T call(String name, Supplier<T> request) {
        T answer;
        try {
            answer = request.get();
        } catch (RestClientException e) {
            throw new DingTalkCallFailed(name + " failed: " + e);
        }
        if (answer == null) {
            throw new DingTalkCallFailed(name + " answered with an empty body");
        }
        return answer;
    }
}
