package com.gongxuhui.expert.wechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.common.provider.ProviderClients;
import com.gongxuhui.expert.wechat.WeChatAnswers.AccessToken;
import com.gongxuhui.expert.wechat.WeChatAnswers.PhoneNumber;
import com.gongxuhui.expert.wechat.WeChatAnswers.Session;
import com.gongxuhui.expert.wechat.WeChatAnswers.UserInfo;
import com.gongxuhui.expert.wechat.WeChatProperties.App;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The four calls of WeChat's server API (api.weixin.qq.com) the platform makes, as WeChat documents them:
 * <ul>
 * <li>{@code GET /cgi-bin/token?grant_type=client_credential&appid=&secret=} (获取接口调用凭据; 7200 s, to be
 * cached, not fetched per call);</li>
 * <li>{@code GET /sns/jscode2session?appid=&secret=&js_code=&grant_type=authorization_code} (小程序登录);</li>
 * <li>{@code POST /wxa/business/getuserphonenumber?access_token=} {@code {"code": phoneCode}} (手机号快速验证);</li>
 * <li>{@code GET /cgi-bin/user/info?access_token=&openid=} (公众号 获取用户基本信息, with the unionid).</li>
 * </ul>
 * Bodies are read as text and parsed here because WeChat labels some JSON answers {@code text/plain}
 * (jscode2session does). Answers come back as sent, errcode included; getting no answer at all (no connection, a
 * timeout, a non-2xx status, a body that is not JSON) is {@code WECHAT_UNAVAILABLE}.
 */
@Component
public class WeChatApi {

    private final RestClient http;
    private final ObjectMapper json;

    WeChatApi(RestClient.Builder builder, WeChatProperties properties, ObjectMapper json) {
        this.http = ProviderClients.restClient(builder, properties.baseUrl(), properties.connectTimeout(),
                properties.readTimeout());
        this.json = json;
    }

    AccessToken accessToken(App app) {
        return call("cgi-bin/token", AccessToken.class, () -> http.get()
                .uri("/cgi-bin/token?grant_type=client_credential&appid={appid}&secret={secret}", app.appId(), app.secret())
                .retrieve().body(String.class));
    }

    public Session codeToSession(App app, String code) {
        return call("jscode2session", Session.class, () -> http.get()
                .uri("/sns/jscode2session?appid={appid}&secret={secret}&js_code={code}&grant_type=authorization_code",
                        app.appId(), app.secret(), code)
                .retrieve().body(String.class));
    }

    public PhoneNumber phoneNumber(String accessToken, String phoneCode) {
        return call("getuserphonenumber", PhoneNumber.class, () -> http.post()
                .uri("/wxa/business/getuserphonenumber?access_token={token}", accessToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", phoneCode))
                .retrieve().body(String.class));
    }

    public UserInfo userInfo(String accessToken, String openid) {
        return call("cgi-bin/user/info", UserInfo.class, () -> http.get()
                .uri("/cgi-bin/user/info?access_token={token}&openid={openid}", accessToken, openid)
                .retrieve().body(String.class));
    }

    private <T> T call(String name, Class<T> type, Supplier<String> request) {
        String body;
        try {
            body = request.get();
        } catch (RestClientException e) {
            throw WeChatProblems.unavailable(name + " failed: " + e);
        }
        if (body == null || body.isBlank()) {
            throw WeChatProblems.unavailable(name + " answered with an empty body");
        }
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw WeChatProblems.unavailable(name + " answered with something other than its JSON: " + e.getMessage());
        }
    }
}
