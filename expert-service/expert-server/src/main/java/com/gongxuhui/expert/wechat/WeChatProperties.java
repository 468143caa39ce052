package com.gongxuhui.expert.wechat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where WeChat's server API is and the credentials of the platform's two WeChat apps ({@code gxh.wechat.*}):
 * the mini-program experts log in with and the official account (公众号 供需荟) they follow. Credentials come
 * from the environment ({@code GXH_WECHAT_MINI_PROGRAM_APP_ID}, {@code GXH_WECHAT_MINI_PROGRAM_SECRET},
 * {@code GXH_WECHAT_OFFICIAL_ACCOUNT_APP_ID}, {@code …_SECRET}, {@code …_TOKEN}, {@code …_ENCODING_AES_KEY}).
 * Without them the login answers {@code WECHAT_UNAVAILABLE} and every callback is refused, which suits the
 * embedded default.
 *
 * @param baseUrl     WeChat's server API; tests point it at WireMock
 * @param readTimeout kept short: the follow callback calls WeChat and must answer WeChat within 5 s
 * @param bindingPage the mini-program's page a new follower is invited to (its login, which binds him)
 */
@ConfigurationProperties("gxh.wechat")
public record WeChatProperties(
        @DefaultValue("https://api.weixin.qq.com") String baseUrl,
        @DefaultValue App miniProgram,
        @DefaultValue OfficialAccount officialAccount,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("3s") Duration readTimeout,
        @DefaultValue("pages/login/index") String bindingPage) {

    /** A WeChat app's id and secret (the secret is what {@code cgi-bin/token} and {@code jscode2session} need). */
    public record App(String appId, String secret) {

        public boolean configured() {
            return appId != null && !appId.isBlank() && secret != null && !secret.isBlank();
        }
    }

    /**
     * The official account: its app credentials, {@code token}, the shared secret WeChat signs its calls to our
     * callback with (公众平台 → 基本配置 → 服务器配置 → 令牌), and {@code encodingAesKey} (消息加解密密钥, 43
     * characters), which turns on safe mode (安全模式): WeChat's calls are then taken only encrypted.
     */
    public record OfficialAccount(String appId, String secret, String token, String encodingAesKey) {

        public App app() {
            return new App(appId, secret);
        }

        public boolean safeMode() {
            return encodingAesKey != null && !encodingAesKey.isBlank();
        }
    }
}
