package com.gongxuhui.notify.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.notify.delivery.Channel;
import com.gongxuhui.notify.delivery.ChannelType;
import com.gongxuhui.notify.delivery.Delivery;
import com.gongxuhui.notify.delivery.SendOutcome;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Aliyun SMS: {@code SendSms} of dysmsapi (Version 2017-05-25), RPC style, a signed GET
 * ({@link AliyunRpcSignature}) with a fresh nonce and the UTC time. Aliyun only sends approved templates, so the
 * text is the template's and the delivery's {@code body} holds the template's parameters as JSON
 * ({@code TemplateParam}). {@code Code} "OK" is success; throttling codes and the provider's own errors are retried
 * later; anything else (a wrong number, a template problem) is refused for good.
 */
@Component
class AliyunSmsChannel implements Channel {

    private static final Set<String> THROTTLED = Set.of("isv.BUSINESS_LIMIT_CONTROL", "Throttling.User",
            "Throttling", "isp.SYSTEM_ERROR", "ServiceUnavailable");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final ProviderCall call;
    private final ChannelProperties.Sms config;
    private final Clock clock;

    AliyunSmsChannel(ObjectMapper json, ChannelProperties properties, Clock clock) {
        this.call = new ProviderCall(json, properties);
        this.config = properties.sms();
        this.clock = clock;
    }

    @Override
    public ChannelType type() {
        return ChannelType.SMS;
    }

    @Override
    public SendOutcome send(Delivery delivery) {
        if (!config.configured()) {
            return SendOutcome.notConfigured(
                    "SMS is not configured (gxh.notify.sms.access-key-id, access-key-secret, sign-name, invitation-template)");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("AccessKeyId", config.accessKeyId());
        parameters.put("Action", "SendSms");
        parameters.put("Format", "JSON");
        parameters.put("PhoneNumbers", delivery.getAddress());
        parameters.put("RegionId", config.regionId());
        parameters.put("SignName", config.signName());
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", UUID.randomUUID().toString());
        parameters.put("SignatureVersion", "1.0");
        parameters.put("TemplateCode", config.invitationTemplate());
        parameters.put("TemplateParam", delivery.getBody());
        parameters.put("Timestamp", TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        parameters.put("Version", "2017-05-25");
        String signature = AliyunRpcSignature.sign("GET", parameters, config.accessKeySecret());
        String url = config.endpoint() + "/?Signature=" + AliyunRpcSignature.percentEncode(signature) + "&"
                + AliyunRpcSignature.canonicalizedQuery(parameters);
        try {
            JsonNode answer = call.get(url);
            String code = answer.path("Code").asText("");
            if ("OK".equals(code)) {
                return SendOutcome.sent(answer.toString());
            }
            return THROTTLED.contains(code) ? SendOutcome.retry(answer.toString()) : SendOutcome.rejected(answer.toString());
        } catch (ProviderCall.Unavailable e) {
            return SendOutcome.retry(ProviderCall.abbreviate(e.getMessage()));
        }
    }
}
