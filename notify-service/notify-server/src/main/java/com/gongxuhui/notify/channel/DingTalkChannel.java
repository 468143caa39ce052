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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * DingTalk work notifications (工作通知) of the platform's internal app: the app's access token
 * ({@code GET /gettoken?appkey=&appsecret=}, shared through Redis with org-service when the app key is the same),
 * the person's DingTalk userid by his mobile ({@code POST /topapi/v2/user/getbymobile}, remembered), then
 * {@code POST /topapi/message/corpconversation/asyncsend_v2} with the app's {@code agent_id}. Error codes: a dead
 * access token ({@link AccessTokenRefusals#dingTalk}, also behind 88's {@code sub_code}) is fetched anew once;
 * 90002/90018 (call frequency limits) and -1 (system busy) are retried later, and so is 60121 (no member with this
 * mobile): a new account is invited into the organisation by org-service's relay within a minute of its creation,
 * so the welcome that came first finds him on a later attempt; the rest are refused for good.
 */
@Component
class DingTalkChannel extends ErrcodeApi implements Channel {

    private static final int NOT_A_MEMBER_YET = 60121;

    private final ProviderCall call;
    private final ChannelProperties.DingTalk config;
    private final Map<String, String> userIdsByMobile = new ConcurrentHashMap<>();

    DingTalkChannel(ObjectMapper json, ChannelProperties properties, ProviderAccessTokens tokens) {
        super(tokens, answer -> AccessTokenRefusals.dingTalk(errcode(answer), answer.path("sub_code").asText(null)),
                Set.of(-1, 90002, 90018));
        this.call = new ProviderCall(json, properties);
        this.config = properties.dingtalk();
    }

    @Override
    public ChannelType type() {
        return ChannelType.DINGTALK;
    }

    @Override
    public SendOutcome send(Delivery delivery) {
        if (!config.configured()) {
            return SendOutcome.notConfigured("DingTalk is not configured (gxh.notify.dingtalk.app-key, app-secret, agent-id)");
        }
        return guarded(() -> {
            String userId = userIdsByMobile.get(delivery.getAddress());
            if (userId == null) {
                JsonNode found = withToken(token -> call.post(config.baseUrl() + "/topapi/v2/user/getbymobile?access_token="
                        + token, Map.of("mobile", delivery.getAddress())));
                if (errcode(found) != 0 || !found.path("result").hasNonNull("userid")) {
                    return errcode(found) == NOT_A_MEMBER_YET ? SendOutcome.retry(found.toString()) : judge(found);
                }
                userId = found.path("result").path("userid").asText();
                userIdsByMobile.put(delivery.getAddress(), userId);
            }
            String recipient = userId;
            return judge(withToken(token -> call.post(
                    config.baseUrl() + "/topapi/message/corpconversation/asyncsend_v2?access_token=" + token,
                    Map.of("agent_id", config.agentId(), "userid_list", recipient, "msg", Map.of("msgtype", "text",
                            "text", Map.of("content", delivery.getTitle() + "\n" + delivery.getBody()))))));
        });
    }

    @Override
    protected ProviderApp app() {
        return new ProviderApp("dingtalk", config.appKey());
    }

    @Override
    protected Grant fetchToken() {
        return grant(call.get(config.baseUrl() + "/gettoken?appkey=" + encode(config.appKey()) + "&appsecret="
                + encode(config.appSecret())));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
