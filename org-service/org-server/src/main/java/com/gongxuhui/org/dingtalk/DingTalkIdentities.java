package com.gongxuhui.org.dingtalk;

import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.dingtalk.DingTalkAnswer.UserId;
import org.springframework.stereotype.Component;

/**
 * Finds out who a DingTalk auth code belongs to: getuserinfo gives the userid, user/get the mobile number, both with
 * the app's shared access token ({@link DingTalkAppToken}). DingTalk giving no usable answer is
 * {@code DINGTALK_UNAVAILABLE}.
 */
@Component
class DingTalkIdentities {

    private final DingTalkApi api;
    private final DingTalkAppToken appToken;
    private final DingTalkProperties properties;

    DingTalkIdentities(DingTalkApi api, DingTalkAppToken appToken, DingTalkProperties properties) {
        this.api = api;
        this.appToken = appToken;
        this.properties = properties;
    }

    DingTalkUser identify(String authCode) {
        if (!properties.hasCredentials()) {
            throw DingTalkUnavailable.because("gxh.dingtalk.app-key / app-secret are not configured");
        }
        try {
            return identified(authCode);
        } catch (DingTalkCallFailed e) {
            throw DingTalkUnavailable.because(e.getMessage());
        }
    }

    private DingTalkUser identified(String authCode) {
        DingTalkAnswer<UserId> info = appToken.call(token -> api.getUserInfo(token, authCode));
        if (info.authCodeRejected()) {
            throw ProblemException.unauthorized("DINGTALK_CODE_INVALID");
        }
        String userId = info.successful("getuserinfo").userid();
        String mobile = appToken.call(token -> api.getUser(token, userId)).successful("user/get").mobile();
        if (userId == null || userId.isBlank() || mobile == null || mobile.isBlank()) {
            // DingTalk leaves the mobile out when the app lacks the permission to read it: a setup fault.
            throw new DingTalkCallFailed("DingTalk gave no userid or mobile for userid " + userId
                    + "; does the app have the contact (mobile number) read permission?");
        }
        return new DingTalkUser(userId, mobile);
    }
}
