package com.gongxuhui.expert.wechat;

import com.gongxuhui.common.provider.ProviderAccessTokens;
import com.gongxuhui.common.provider.ProviderAccessTokens.Grant;
import com.gongxuhui.common.provider.ProviderAccessTokens.ProviderApp;
import com.gongxuhui.expert.wechat.WeChatAnswers.AccessToken;
import com.gongxuhui.expert.wechat.WeChatProperties.App;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The access tokens of the platform's WeChat apps, kept in Redis by {@link ProviderAccessTokens} under the app id
 * and so shared with every instance and with notify-service, which sends template messages as the same official
 * account (each {@code cgi-bin/token} call invalidates the app's previous token after a short grace, and has a daily
 * quota). When WeChat says the cached token is dead (AccessTokenRefusals) a new one is fetched and the call repeated once;
 * a fresh token refused as well is WeChat misbehaving, not a stale cache.
 */
@Component
public class WeChatAccessTokens {

    private final WeChatApi api;
    private final ProviderAccessTokens tokens;

    WeChatAccessTokens(WeChatApi api, ProviderAccessTokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** {@code call} made with the app's access token, once more with a fresh token if WeChat refused the cached one. */
    public <T extends WeChatAnswer> T withAccessToken(App app, Function<String, T> call) {
        if (!app.configured()) {
            throw WeChatProblems.unavailable("the app id / secret of a WeChat app are not configured (gxh.wechat.*)");
        }
        T answer = tokens.withToken(new ProviderApp("wechat", app.appId()), () -> fetch(app), call,
                WeChatAnswer::accessTokenRejected);
        if (answer.accessTokenRejected()) {
            throw WeChatProblems.unavailable("WeChat refused a freshly fetched access token: " + answer.describe());
        }
        return answer;
    }

    private Grant fetch(App app) {
        AccessToken answer = api.accessToken(app);
        if (!answer.succeeded()) {
            throw WeChatProblems.unavailable("cgi-bin/token refused the app's credentials: " + answer.describe());
        }
        return new Grant(answer.accessToken(), Duration.ofSeconds(answer.expiresIn()));
    }
}
