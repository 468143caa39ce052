package com.gongxuhui.org.dingtalk;

import com.gongxuhui.common.provider.ProviderAccessTokens;
import com.gongxuhui.common.provider.ProviderAccessTokens.Grant;
import com.gongxuhui.common.provider.ProviderAccessTokens.ProviderApp;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.dingtalk.DingTalkAnswer.UserInfo;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Finds out who a DingTalk auth code belongs to: getuserinfo gives the userid, user/get the mobile number.
 * The app's access token is the one every service and instance with this app key shares through Redis
 * ({@link ProviderAccessTokens}: DingTalk asks for it to be cached, gettoken is rate limited). When DingTalk says
 * the cached token is dead, a new one is fetched and the call repeated once; a fresh token refused as well is not
 * a stale cache but DingTalk misbehaving, so it is not tried again.
 */
@Component
class DingTalkIdentities {

    private final DingTalkApi api;
    private final ProviderAccessTokens accessTokens;
    private final DingTalkProperties properties;

    DingTalkIdentities(DingTalkApi api, ProviderAccessTokens accessTokens, DingTalkProperties properties) {
        this.api = api;
        this.accessTokens = accessTokens;
        this.properties = properties;
    }

    DingTalkUser identify(String authCode) {
        if (!properties.hasCredentials()) {
            throw DingTalkUnavailable.because("gxh.dingtalk.app-key / app-secret are not configured");
        }
        DingTalkAnswer<UserInfo> info = withAccessToken(token -> api.getUserInfo(token, authCode));
        if (info.authCodeRejected()) {
            throw ProblemException.unauthorized("DINGTALK_CODE_INVALID");
        }
        String userId = successful("getuserinfo", info).userid();
        String mobile = successful("user/get", withAccessToken(token -> api.getUser(token, userId))).mobile();
        if (userId == null || userId.isBlank() || mobile == null || mobile.isBlank()) {
            // DingTalk leaves the mobile out when the app lacks the permission to read it: a setup fault.
            throw DingTalkUnavailable.because("DingTalk gave no userid or mobile for userid " + userId
                    + "; does the app have the contact (mobile number) read permission?");
        }
        return new DingTalkUser(userId, mobile);
    }

    private <T> DingTalkAnswer<T> withAccessToken(Function<String, DingTalkAnswer<T>> call) {
        DingTalkAnswer<T> answer = accessTokens.withToken(new ProviderApp("dingtalk", properties.appKey()),
                this::fetchToken, call, DingTalkAnswer::accessTokenRejected);
        if (answer.accessTokenRejected()) {
            throw DingTalkUnavailable.because("DingTalk refused a freshly fetched access token: " + answer.describe());
        }
        return answer;
    }

    private Grant fetchToken() {
        TokenAnswer answer = api.getToken();
        if (!answer.succeeded()) {
            throw DingTalkUnavailable.because("gettoken refused the app's credentials: errcode=" + answer.errcode()
                    + " errmsg=" + answer.errmsg());
        }
        return new Grant(answer.accessToken(), Duration.ofSeconds(answer.expiresIn()));
    }

    private static <T> T successful(String call, DingTalkAnswer<T> answer) {
        if (!answer.succeeded()) {
            throw DingTalkUnavailable.because(call + " failed: " + answer.describe());
        }
        return answer.result();
    }
}
