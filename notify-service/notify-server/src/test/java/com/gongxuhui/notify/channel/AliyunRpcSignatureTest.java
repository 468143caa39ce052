package com.gongxuhui.notify.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.notify.delivery.Delivery;
import com.gongxuhui.notify.delivery.SendOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AliyunRpcSignatureTest {

    /** Aliyun's own worked example of SendSms's signature (短信服务 HTTP 协议及签名 documentation). */
    @Test
    void reproducesAliyunsDocumentedSendSmsExample() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("AccessKeyId", "testId");
        parameters.put("Action", "SendSms");
        parameters.put("Format", "XML");
        parameters.put("OutId", "123");
        parameters.put("PhoneNumbers", "15300000001");
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("SignName", "阿里云短信测试专用");
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("TemplateCode", "SMS_71390007");
        parameters.put("TemplateParam", "{\"customer\":\"test\"}");
        parameters.put("Timestamp", "2017-07-12T02:42:19Z");
        parameters.put("Version", "2017-05-25");

        assertThat(AliyunRpcSignature.canonicalizedQuery(parameters)).isEqualTo("AccessKeyId=testId&Action=SendSms"
                + "&Format=XML&OutId=123&PhoneNumbers=15300000001&RegionId=cn-hangzhou"
                + "&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8"
                + "&SignatureMethod=HMAC-SHA1&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0"
                + "&TemplateCode=SMS_71390007&TemplateParam=%7B%22customer%22%3A%22test%22%7D"
                + "&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25");
        assertThat(AliyunRpcSignature.sign("GET", parameters, "testSecret")).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
    }

    @Test
    void percentEncodesAsAliyunRequires() {
        assertThat(AliyunRpcSignature.percentEncode("a b*c~d")).isEqualTo("a%20b%2Ac~d");
    }

    @Test
    void channelsWithoutCredentialsSendNothingAndSaySo() {
        ChannelProperties empty = new ChannelProperties(
                new ChannelProperties.DingTalk("http://127.0.0.1:1", null, null, null),
                new ChannelProperties.WeChat("http://127.0.0.1:1", null, null, null, null, null, "p", "d"),
                new ChannelProperties.Sms("http://127.0.0.1:1", null, null, null, null, "cn-hangzhou"),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        ObjectMapper json = new ObjectMapper();
        Clock clock = Clock.systemUTC();
        Delivery delivery = new Delivery();
        delivery.setAddress("13800000001");
        delivery.setTitle("t");
        delivery.setBody("b");

        // no tokens: without credentials a channel never asks for one
        for (var channel : new com.gongxuhui.notify.delivery.Channel[] {new DingTalkChannel(json, empty, null),
                new WeChatChannel(json, empty, null), new AliyunSmsChannel(json, empty, clock)}) {
            SendOutcome outcome = channel.send(delivery);
            assertThat(outcome.result()).isEqualTo(SendOutcome.Result.NOT_CONFIGURED);
            assertThat(outcome.answer()).contains("not configured");
        }
    }
}
