package com.gongxuhui.notify.channel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Aliyun's RPC-style request signature (SignatureVersion 1.0, HMAC-SHA1), as dysmsapi's {@code SendSms} checks it:
 * sort the parameters (all but {@code Signature}) by name, percent-encode names and values (RFC 3986: space as
 * {@code %20}, {@code *} as {@code %2A}, {@code ~} kept) and join them as {@code k=v&…} (the canonicalized query);
 * string to sign = {@code METHOD & %2F & percentEncode(canonicalized query)}; signature = Base64(HMAC-SHA1 with key
 * {@code AccessKeySecret + "&"}).
 */
final class AliyunRpcSignature {

    private AliyunRpcSignature() {
    }

    static String sign(String method, Map<String, String> parameters, String accessKeySecret) {
        String stringToSign = method + "&" + percentEncode("/") + "&" + percentEncode(canonicalizedQuery(parameters));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    static String canonicalizedQuery(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream()
                .filter(parameter -> !"Signature".equals(parameter.getKey()))
                .map(parameter -> percentEncode(parameter.getKey()) + "=" + percentEncode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
