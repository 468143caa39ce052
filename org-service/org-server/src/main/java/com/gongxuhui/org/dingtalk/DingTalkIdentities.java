package com.gongxuhui.org.dingtalk;

import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.dingtalk.DingTalkAnswer.UserDetail;
import com.gongxuhui.org.dingtalk.DingTalkAnswer.UserInfo;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Finds out who a DingTalk auth code belongs to: getuserinfo gives the userid, user/get the mobile number.
 * When DingTalk says the cached access token is dead, a new one is fetched and the call repeated once; a
 * fresh token refused as well is not a stale cache but DingTalk misbehaving, so it is not tried again.
 */
@Component
class DingTalkIdentities {

    private final DingTalkApi api;
    private final DingTalkAccessTokens accessTokens;
    private final DingTalkProperties properties;

    DingTalkIdentities(DingTalkApi api, DingTalkAccessTokens accessTokens, DingTalkProperties properties) {
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
        String token = accessTokens.current();
        DingTalkAnswer<T> answer = call.apply(token);
        if (!answer.accessTokenRejected()) {
            return answer;
        }
        accessTokens.discard(token);
        DingTalkAnswer<T> retried = call.apply(accessTokens.current());
        if (retried.accessTokenRejected()) {
            throw DingTalkUnavailable.because("DingTalk refused a freshly fetched access token: " + retried.describe());
        }
        return retried;
    }

    private static <T> T successful(String call, DingTalkAnswer<T> answer) {
        if (!answer.succeeded()) {
            throw DingTalkUnavailable.because(call + " failed: " + answer.describe());
        }
        return answer.result();
    }
}
