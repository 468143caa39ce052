package com.gongxuhui.org.dingtalk;

import com.gongxuhui.common.provider.ProviderAccessTokens;
import com.gongxuhui.common.provider.ProviderAccessTokens.Grant;
import com.gongxuhui.common.provider.ProviderAccessTokens.ProviderApp;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Makes DingTalk calls with the app's access token, the one every service and instance with this app key shares
 * through Redis ({@link ProviderAccessTokens}: DingTalk asks for it to be cached, gettoken is rate limited). When
 * DingTalk says the cached token is dead, a new one is fetched and the call repeated once; a fresh token refused as
 * well is not a stale cache but DingTalk misbehaving, so it is not tried again.
 */
@Component
class DingTalkAppToken {

    private final DingTalkApi api;
    private final ProviderAccessTokens accessTokens;
    private final DingTalkProperties properties;

    DingTalkAppToken(DingTalkApi api, ProviderAccessTokens accessTokens, DingTalkProperties properties) {
        this.api = api;
        this.accessTokens = accessTokens;
        this.properties = properties;
    }

    <T> DingTalkAnswer<T> call(Function<String, DingTalkAnswer<T>> call) {
        DingTalkAnswer<T> answer = accessTokens.withToken(new ProviderApp("dingtalk", properties.appKey()),
                this::fetchToken, call, DingTalkAnswer::accessTokenRejected);
        if (answer.accessTokenRejected()) {
            throw new DingTalkCallFailed("DingTalk refused a freshly fetched access token: " + answer.describe());
        }
        return answer;
    }

    private Grant fetchToken() {
        TokenAnswer answer = api.getToken();
        if (!answer.succeeded()) {
            throw new DingTalkCallFailed("gettoken refused the app's credentials: errcode=" + answer.errcode()
                    + " errmsg=" + answer.errmsg());
        }
        return new Grant(answer.accessToken(), Duration.ofSeconds(answer.expiresIn()));
    }
}
