package com.gongxuhui.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outside providers of the embedded default, on one local port, answering the calls the services make as the
 * providers document them (the same paths, parameters and answer shapes the services' clients and their WireMock
 * tests use), with a few demo records. Only {@code ./platform start} starts it; production never does. It checks no
 * credentials and no signatures; what it was sent is listed at {@code GET /sandbox/messages}.
 * <ul>
 * <li>Business registry (Tianyancha's 1116 企业基本信息): {@code GET /services/open/ic/baseinfo/normal?keyword=} knows
 * the {@link #ENTERPRISES} by full name or credit code, answers {@code error_code 300000} (无数据) for anything else.</li>
 * <li>DingTalk: {@code GET /gettoken}; {@code POST /topapi/v2/user/getuserinfo} takes the auth code
 * {@code demo-<mobile>} (the DingTalk login of a demo account, e.g. {@code demo-13800000003}) and refuses other codes
 * with 40078 (不存在的临时授权码); {@code POST /topapi/v2/user/get} (every member has activated DingTalk, so an
 * invitation is JOINED at its first check); {@code POST /topapi/v2/user/getbymobile} (every mainland mobile is a
 * member of the sandbox's organisation); {@code POST /topapi/v2/user/create} (org-service's invitation of a console
 * account: the member {@code sbx<mobile>}, listed with the messages);
 * {@code POST /topapi/message/corpconversation/asyncsend_v2} (work notifications and invitations).</li>
 * <li>WeChat: {@code GET /cgi-bin/token}; {@code GET /sns/jscode2session} (any code: the openid is derived from it);
 * {@code POST /wxa/business/getuserphonenumber} takes {@code demo-<mobile>}; {@code GET /cgi-bin/user/info} (every
 * openid follows the official account); {@code POST /cgi-bin/message/template/send}.</li>
 * <li>Aliyun SMS: {@code GET /?Action=SendSms…} answers {@code Code OK}.</li>
 * <li>浙江网上技术市场 (docs/portal-entry.md): {@code POST /sso/ticket/user} takes the ticket {@code demo-<mobile>}
 * (e.g. {@code /login?ticket=demo-13800000001} in the console) and refuses other tickets with 40101.</li>
 * </ul>
 */
final class ProviderSandbox {

    /** Demo enterprises of the registry: name, credit code, legal person, capital, established, address, industry. */
    static final List<String[]> ENTERPRISES = List.of(
            new String[] {"杭州云栖智能装备有限公司", "91330106MA2AX1234U", "陈云栖", "1200万人民币", "2019-03-18",
                "浙江省杭州市西湖区云栖小镇 8 号", "智能装备、工业机器人的研发、生产与销售", "专用设备制造业"},
            new String[] {"丽水莲都生态农业科技有限公司", "91331102MA2BX56785", "叶青山", "500万人民币", "2020-06-02",
                "浙江省丽水市莲都区碧湖镇 12 号", "农产品深加工、生态种植技术服务", "农副食品加工业"},
            new String[] {"宁波海曙新材料有限公司", "91330200MA2CK90128", "王海曙", "3000万人民币", "2016-11-25",
                "浙江省宁波市海曙区望春工业园 66 号", "高分子材料、复合材料的研发与生产", "化学原料和化学制品制造业"},
            new String[] {"义乌小商品数字科技有限公司", "91330782MA2DL34561", "金义乌", "800万人民币", "2021-09-09",
                "浙江省金华市义乌市福田街道 1 号", "电子商务平台、跨境贸易数字化服务", "软件和信息技术服务业"});

    private static final Pattern DEMO_CODE = Pattern.compile("demo-(1\\d{10})");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

    private final List<String> messages = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);

    private ProviderSandbox() {
    }

    static String start(int port) throws IOException {
        ProviderSandbox sandbox = new ProviderSandbox();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", sandbox::handle);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "provider-sandbox-shutdown"));
        return "http://127.0.0.1:" + port;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String answer = switch (path) {
                case "/services/open/ic/baseinfo/normal" -> registry(query.getOrDefault("keyword", ""));
                case "/gettoken" -> token("sandbox-dingtalk-token");
                case "/topapi/v2/user/getuserinfo" -> dingTalkUserInfo(field(body, "code"));
                case "/topapi/v2/user/get" -> dingTalkUser(field(body, "userid"));
                case "/topapi/v2/user/getbymobile" -> dingTalkUserByMobile(field(body, "mobile"));
                case "/topapi/v2/user/create" -> sent("dingtalk", body, dingTalkNewMember(field(body, "mobile")));
                case "/topapi/message/corpconversation/asyncsend_v2" -> sent("dingtalk", body,
                        "{\"errcode\":0,\"errmsg\":\"ok\",\"task_id\":" + ids.incrementAndGet() + "}");
                case "/cgi-bin/token" -> token("sandbox-wechat-token-" + query.getOrDefault("appid", ""));
                case "/sns/jscode2session" -> "{\"openid\":\"" + openid(query.getOrDefault("js_code", ""))
                        + "\",\"session_key\":\"sandbox-session-key\",\"unionid\":\"u-"
                        + openid(query.getOrDefault("js_code", "")) + "\"}";
                case "/wxa/business/getuserphonenumber" -> weChatPhone(field(body, "code"));
                case "/cgi-bin/user/info" -> "{\"subscribe\":1,\"openid\":\"" + query.getOrDefault("openid", "")
                        + "\",\"unionid\":\"u-" + query.getOrDefault("openid", "") + "\"}";
                case "/cgi-bin/message/template/send" -> sent("wechat", body,
                        "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + ids.incrementAndGet() + "}");
                case "/sso/ticket/user" -> portalUser(field(body, "ticket"));
                case "/sandbox/messages" -> messages();
                case "/" -> "SendSms".equals(query.get("Action")) ? sent("sms", exchange.getRequestURI().getRawQuery(),
                        "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"" + ids.incrementAndGet()
                                + "\",\"RequestId\":\"sandbox\"}") : null;
                default -> null;
            };
            byte[] bytes = (answer == null ? "{\"errcode\":404,\"errmsg\":\"not in the sandbox\"}" : answer)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(answer == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String registry(String keyword) {
        for (String[] e : ENTERPRISES) {
            if (e[0].equals(keyword) || e[1].equalsIgnoreCase(keyword)) {
                long established = java.time.LocalDate.parse(e[4]).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                        .toInstant().toEpochMilli();
                return "{\"error_code\":0,\"reason\":\"ok\",\"result\":{\"name\":\"" + e[0] + "\",\"creditCode\":\""
                        + e[1] + "\",\"legalPersonName\":\"" + e[2] + "\",\"regCapital\":\"" + e[3]
                        + "\",\"estiblishTime\":" + established + ",\"regLocation\":\"" + e[5]
                        + "\",\"businessScope\":\"" + e[6] + "\",\"industry\":\"" + e[7] + "\",\"regStatus\":\"存续\"}}";
            }
        }
        return "{\"error_code\":300000,\"reason\":\"无数据\"}";
    }

    private static String token(String token) {
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"" + token + "\",\"expires_in\":7200}";
    }

    private static String dingTalkUserInfo(String code) {
        Matcher demo = DEMO_CODE.matcher(code == null ? "" : code);
        if (!demo.matches()) {
            return "{\"errcode\":40078,\"errmsg\":\"不存在的临时授权码\"}";
        }
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"userid\":\"sbx" + demo.group(1)
                + "\",\"associated_unionid\":\"\",\"device_id\":\"sandbox\",\"sys\":false}}";
    }

    private static String portalUser(String ticket) {
        Matcher demo = DEMO_CODE.matcher(ticket == null ? "" : ticket);
        if (!demo.matches()) {
            return "{\"code\":40101,\"message\":\"票据无效或已过期\"}";
        }
        return "{\"code\":0,\"message\":\"ok\",\"data\":{\"userId\":\"zjtm-" + demo.group(1)
                + "\",\"realName\":\"沙箱用户\",\"mobile\":\"" + demo.group(1) + "\"}}";
    }

    private static String dingTalkUser(String userId) {
        String mobile = userId == null ? "" : userId.replaceFirst("^sbx", "");
        if (!MOBILE.matcher(mobile).matches()) {
            return "{\"errcode\":60121,\"errmsg\":\"找不到该用户\"}";
        }
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"userid\":\"" + userId + "\",\"mobile\":\"" + mobile
                + "\",\"name\":\"沙箱用户" + mobile.substring(7) + "\",\"active\":true}}";
    }

    private static String dingTalkUserByMobile(String mobile) {
        if (mobile == null || !MOBILE.matcher(mobile).matches()) {
            return "{\"errcode\":60121,\"errmsg\":\"找不到该用户\"}";
        }
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"userid\":\"sbx" + mobile + "\"}}";
    }

    private static String dingTalkNewMember(String mobile) {
        if (mobile == null || !MOBILE.matcher(mobile).matches()) {
            return "{\"errcode\":60103,\"errmsg\":\"手机号码不合法\"}";
        }
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"userid\":\"sbx" + mobile + "\"}}";
    }

    private static String weChatPhone(String code) {
        Matcher demo = DEMO_CODE.matcher(code == null ? "" : code);
        if (!demo.matches()) {
            return "{\"errcode\":40029,\"errmsg\":\"invalid code\"}";
        }
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"phone_info\":{\"phoneNumber\":\"" + demo.group(1)
                + "\",\"purePhoneNumber\":\"" + demo.group(1) + "\",\"countryCode\":\"86\",\"watermark\":{\"timestamp\":"
                + Instant.now().getEpochSecond() + ",\"appid\":\"sandbox\"}}}";
    }

    private static String openid(String jsCode) {
        return "sbx-openid-" + Integer.toHexString(jsCode.hashCode());
    }

    private String sent(String provider, String request, String answer) {
        synchronized (messages) {
            messages.add("{\"provider\":\"" + provider + "\",\"at\":\"" + Instant.now() + "\",\"request\":"
                    + quote(request) + "}");
            if (messages.size() > 500) {
                messages.remove(0);
            }
        }
        return answer;
    }

    private String messages() {
        synchronized (messages) {
            return "[" + String.join(",", messages) + "]";
        }
    }

    /** The string value of a top-level field of a small JSON body (the sandbox's own requests are flat). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }
}
