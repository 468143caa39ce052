package com.gongxuhui.notify.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.common.provider.AccessTokenRefusals;
import com.gongxuhui.common.provider.ProviderAccessTokens;
import com.gongxuhui.common.provider.ProviderAccessTokens.Grant;
import com.gongxuhui.common.provider.ProviderAccessTokens.ProviderApp;
import com.gongxuhui.notify.delivery.Channel;
import com.gongxuhui.notify.delivery.ChannelType;
import com.gongxuhui.notify.delivery.Delivery;
import com.gongxuhui.notify.delivery.SendOutcome;
import com.gongxuhui.notify.notification.NotificationKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Template messages of the official account (公众号): the account's access token
 * ({@code GET /cgi-bin/token?grant_type=client_credential&appid=&secret=}, shared through Redis with expert-service,
 * which uses the same account), then {@code POST /cgi-bin/message/template/send} to the expert's openid, opening a
 * page of the mini-program. A push uses the push template (its page shows the demand), the daily digest the digest
 * template. The template's fields: {@code first} = the title, {@code keyword1} = the text, {@code remark} = a hint
 * to open the mini-program. Error codes: a dead access token ({@link AccessTokenRefusals#weChat}) is fetched anew
 * once; 45009 (API call limit) and -1 (system busy) are retried later; 43004 (the user
 * does not follow the account) and the rest are refused for good.
 */
@Component
class WeChatChannel extends ErrcodeApi implements Channel {

    private final ProviderCall call;
    private final ChannelProperties.WeChat config;

    WeChatChannel(ObjectMapper json, ChannelProperties properties, ProviderAccessTokens tokens) {
        super(tokens, answer -> AccessTokenRefusals.weChat(errcode(answer)), Set.of(-1, 45009));
        this.call = new ProviderCall(json, properties);
        this.config = properties.wechat();
    }

    @Override
    public ChannelType type() {
        return ChannelType.WECHAT;
    }

    @Override
    public SendOutcome send(Delivery delivery) {
        if (!config.configured()) {
            return SendOutcome.notConfigured(
                    "WeChat is not configured (gxh.notify.wechat.app-id, secret, push-template-id, digest-template-id)");
        }
        boolean digest = delivery.getKind() == NotificationKind.DAILY_DIGEST;
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("touser", delivery.getAddress());
        message.put("template_id", digest ? config.digestTemplateId() : config.pushTemplateId());
        message.put("miniprogram", Map.of("appid", config.miniProgramAppId() == null ? "" : config.miniProgramAppId(),
                "pagepath", digest ? config.digestPage()
                        : config.pushPage().replace("{demandId}", String.valueOf(delivery.getDemandId()))));
        message.put("data", Map.of("first", value(delivery.getTitle()), "keyword1", value(delivery.getBody()),
                "remark", value("点击查看详情")));
        return guarded(() -> judge(withToken(token -> call.post(
                config.baseUrl() + "/cgi-bin/message/template/send?access_token=" + token, message))));
    }

    @Override
    protected ProviderApp app() {
        return new ProviderApp("wechat", config.appId());
    }

    @Override
    protected Grant fetchToken() {
        return grant(call.get(config.baseUrl() + "/cgi-bin/token?grant_type=client_credential&appid="
                + DingTalkChannel.encode(config.appId()) + "&secret=" + DingTalkChannel.encode(config.secret())));
    }

    private static Map<String, String> value(String text) {
        return Map.of("value", text);
    }
}
