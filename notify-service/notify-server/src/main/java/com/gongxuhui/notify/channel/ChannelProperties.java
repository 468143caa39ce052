package com.gongxuhui.notify.channel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The providers' addresses and the platform's credentials ({@code gxh.notify.*}, e.g. {@code GXH_NOTIFY_DINGTALK_APP_KEY}
 * through relaxed binding). A channel whose credentials are empty (the embedded default) sends nothing: its
 * deliveries end as NOT_SENT with the reason, rather than pretending. Tests point the base URLs at WireMock.
 */
@ConfigurationProperties("gxh.notify")
public record ChannelProperties(
        @DefaultValue DingTalk dingtalk,
        @DefaultValue WeChat wechat,
        @DefaultValue Sms sms,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) {

    /** A DingTalk internal app (企业内部应用) allowed to send work notifications as {@code agentId}. */
    public record DingTalk(@DefaultValue("https://oapi.dingtalk.com") String baseUrl, String appKey, String appSecret,
            Long agentId) {

        boolean configured() {
            return present(appKey) && present(appSecret) && agentId != null;
        }
    }

    /**
     * The official account (公众号 供需荟) and its template messages, each opening a page of the mini-program
     * ({@code {demandId}} in {@code pushPage} is replaced).
     */
    public record WeChat(@DefaultValue("https://api.weixin.qq.com") String baseUrl, String appId, String secret,
            String pushTemplateId, String digestTemplateId, String miniProgramAppId,
            @DefaultValue("pages/demand/detail?id={demandId}") String pushPage,
            @DefaultValue("pages/demand/subscribed") String digestPage) {

        boolean configured() {
            return present(appId) && present(secret) && present(pushTemplateId) && present(digestTemplateId);
        }
    }

    /** Aliyun SMS ({@code SendSms} of dysmsapi 2017-05-25): the signature name and the invitation's template. */
    public record Sms(@DefaultValue("https://dysmsapi.aliyuncs.com") String endpoint, String accessKeyId,
            String accessKeySecret, String signName, String invitationTemplate,
            @DefaultValue("cn-hangzhou") String regionId) {

        boolean configured() {
            return present(accessKeyId) && present(accessKeySecret) && present(signName) && present(invitationTemplate);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
