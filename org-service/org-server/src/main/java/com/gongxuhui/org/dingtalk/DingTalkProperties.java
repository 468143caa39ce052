package com.gongxuhui.org.dingtalk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where DingTalk's server API is and the platform app's credentials ({@code gxh.dingtalk.*}). The credentials
 * come from the environment: Spring's relaxed binding maps {@code GXH_DINGTALK_APP_KEY} (or
 * {@code GXH_DINGTALK_APPKEY}) onto {@code app-key} and {@code GXH_DINGTALK_APP_SECRET} onto {@code app-secret}.
 * Without them DingTalk login answers {@code DINGTALK_UNAVAILABLE}, invitations into the organisation wait PENDING
 * ({@link DingTalkInvitations}) and everything else works.
 *
 * @param baseUrl DingTalk's server API ("oapi"); tests point it at WireMock
 */
@ConfigurationProperties("gxh.dingtalk")
public record DingTalkProperties(
        @DefaultValue("https://oapi.dingtalk.com") String baseUrl,
        String appKey,
        String appSecret,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) {

    boolean hasCredentials() {
        return appKey != null && !appKey.isBlank() && appSecret != null && !appSecret.isBlank();
    }
}
