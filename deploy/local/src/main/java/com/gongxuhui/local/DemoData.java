package com.gongxuhui.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded default's demo records beyond the demo organisation (org-service's {@code DemoOrganisation}), made the
 * way users make them: through the gateway, as the demo accounts, so that every service holds its own data and the
 * events, points, notifications and trails follow as they would. Run once per data folder by {@code ./platform start}
 * ({@code <data-dir>/demo-data.done}); the accounts are in {@code deploy/local/demo-accounts.txt}.
 * <ul>
 * <li>a second institution (宁波) with its administrator and a broker, to accept published demands;</li>
 * <li>four experts with an achievement, a solution and a follow-up;</li>
 * <li>three enterprises found through the registry lookup (the provider sandbox), with a contact;</li>
 * <li>demands in the states the console shows: one published to all (the demand pool) after a visit and two expert
 * pushes, one waiting for review, one rejected with a reason, and one accepted by 宁波 up to its project and fee
 * voucher.</li>
 * </ul>
 */
public final class DemoData {

    static final String PASSWORD = "Demo@123456";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String gateway;

    private DemoData(String gateway) {
        this.gateway = gateway;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        Path done = data.resolve("demo-data.done");
        if (Files.exists(done)) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            new DemoData(args[0]).create();
            Files.writeString(done, "created\n");
            System.out.printf("[platform] demo data created through the gateway in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        } catch (IllegalStateException refused) {
            // A walk that stopped half-way is not repeated at the next start (it would meet its own records).
            Files.writeString(done, "incomplete: " + refused.getMessage() + "\n");
            System.out.println("[platform] WARNING: demo data incomplete: " + refused.getMessage());
        }
    }

    private void create() throws IOException, InterruptedException {
        String sysAdmin = login("13800000000", System.getenv().getOrDefault("GXH_SYSADMIN_PASSWORD", "Admin@123456"));
        String zjuAdmin = login("13800000001", PASSWORD);
        String centreAdmin = login("13800000002", PASSWORD);
        String broker = login("13800000003", PASSWORD);

        long ningbo = id(post("/api/institutions", sysAdmin, """
                {"name":"宁波市科技成果转化服务中心","uscc":"12330200MB1234567G","type":"RESEARCH_INSTITUTE",
                 "serviceTypes":["TECHNOLOGY_TRANSFER"],"regionCode":"330203","minFeeRatio":"5.00",
                 "admin":{"name":"宁波管理员","phone":"13800000021","password":"%s"}}""".formatted(PASSWORD)));
        String ningboAdmin = login("13800000021", PASSWORD);
        long ningboHeadOffice = id(get("/api/institutions/" + ningbo + "/centres", ningboAdmin));
        long ningboBroker = id(post("/api/institutions/" + ningbo + "/staff", ningboAdmin, """
                {"phone":"13800000022","password":"%s","centreId":%d,"position":"技术经纪人","name":"宁经纪",
                 "centreAdmin":false}""".formatted(PASSWORD, ningboHeadOffice)));
        String ningboStaff = login("13800000022", PASSWORD);

        long[] experts = {
            expert(zjuAdmin, "林振华", "13900000001", "浙江大学", "教授", "ADVANCED_MANUFACTURING", "智能装备与工业机器人"),
            expert(zjuAdmin, "周雨青", "13900000002", "浙江农林大学", "研究员", "MODERN_AGRICULTURE", "茶叶加工与生态种植"),
            expert(zjuAdmin, "吴新材", "13900000003", "浙江工业大学", "教授", "NEW_MATERIALS", "高分子复合材料"),
            expert(zjuAdmin, "郑数智", "13900000004", "杭州电子科技大学", "副教授", "ELECTRONIC_INFORMATION", "工业互联网与数字化"),
        };
        post("/api/experts/" + experts[0] + "/achievements", zjuAdmin, """
                {"title":"六轴协作机器人关节模组","achievedOn":"2023-06-30","description":"已在三家装备企业转化应用"}""");
        post("/api/experts/" + experts[0] + "/solutions", zjuAdmin, """
                {"title":"产线自动化改造方案","fieldCode":"ADVANCED_MANUFACTURING","description":"面向中小企业的低成本产线改造"}""");
        post("/api/experts/" + experts[1] + "/follow-ups", zjuAdmin, """
                {"type":"VISIT","happenedAt":"%s","content":"走访专家实验室，了解茶叶加工成果"}""".formatted(daysAgo(3)));

        long lishuiFarm = enterprise(broker, "丽水莲都生态农业科技有限公司", "叶青山", "13700000001");
        long yunqi = enterprise(centreAdmin, "杭州云栖智能装备有限公司", "陈云栖", "13700000002");
        long haishu = enterprise(centreAdmin, "宁波海曙新材料有限公司", "王海曙", "13700000003");

        long pooled = id(post("/api/demands", broker, demand("山区茶企需要自动化揉捻设备", "丽水茶企希望提升揉捻工序自动化水平。",
                "MODERN_AGRICULTURE", lishuiFarm, "300000.00")));
        post("/api/demands/" + pooled + "/review", zjuAdmin, "{\"approved\":true}");
        post("/api/demands/" + pooled + "/follow-ups", broker, """
                {"type":"VISIT","happenedAt":"%s","content":"走访茶企车间，确认揉捻工序需求"}""".formatted(daysAgo(2)));
        post("/api/demands/" + pooled + "/expert-pushes", broker,
                "{\"expertIds\":[" + experts[1] + "," + experts[0] + "]}");
        post("/api/demands/" + pooled + "/publication", zjuAdmin, "{\"scope\":\"ALL\",\"feeRatePercent\":\"6.00\"}");

        post("/api/demands", centreAdmin, demand("装备企业寻求视觉检测算法合作", "云栖智能装备希望引入机器视觉质检。",
                "ELECTRONIC_INFORMATION", yunqi, "500000.00"));

        long rejected = id(post("/api/demands", broker, demand("生态农产品冷链保鲜技术", "需要延长农产品保鲜期的技术方案。",
                "MODERN_AGRICULTURE", lishuiFarm, null)));
        post("/api/demands/" + rejected + "/review", zjuAdmin, "{\"approved\":false,\"reason\":\"请补充预算和期望合作方式\"}");

        long completed = id(post("/api/demands", centreAdmin, demand("新型复合材料耐候性提升", "宁波海曙新材料需要提升户外复合材料的耐候性能。",
                "NEW_MATERIALS", haishu, "800000.00")));
        post("/api/demands/" + completed + "/review", zjuAdmin, "{\"approved\":true}");
        post("/api/demands/" + completed + "/expert-pushes", centreAdmin, "{\"expertIds\":[" + experts[2] + "]}");
        post("/api/demands/" + completed + "/publication", zjuAdmin, "{\"scope\":\"ALL\",\"feeRatePercent\":\"5.00\"}");
        post("/api/demands/" + completed + "/acceptance", ningboAdmin, "{\"commitmentSigned\":true}");
        put("/api/demands/" + completed + "/handler", ningboAdmin, "{\"handlerId\":" + ningboBroker + "}");
        post("/api/demands/" + completed + "/project", ningboStaff, """
                {"name":"户外复合材料耐候性提升","category":"SERVICE","contractAmount":"600000.00","signedOn":"%s",
                 "leader":"吴新材","undertakingUnit":"浙江工业大学"}""".formatted(LocalDate.now().minusDays(1)));
        post("/api/demands/" + completed + "/project/vouchers", ningboStaff,
                "{\"amount\":\"30000.00\",\"paidOn\":\"" + LocalDate.now() + "\"}");
    }

    private long expert(String bearer, String name, String phone, String organisation, String title, String field,
            String introduction) throws IOException, InterruptedException {
        return id(post("/api/experts", bearer, """
                {"name":"%s","phone":"%s","organisation":"%s","title":"%s","fields":["%s"],"introduction":"%s"}"""
                .formatted(name, phone, organisation, title, field, introduction)));
    }

    /** Looked up in the registry (the sandbox), saved as the lookup proposes it, with one contact. */
    private long enterprise(String bearer, String name, String contact, String phone) throws IOException, InterruptedException {
        String registered = get("/api/enterprises/lookup?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8),
                bearer);
        long id = id(post("/api/enterprises", bearer, registered));
        post("/api/enterprises/" + id + "/contacts", bearer,
                "{\"name\":\"" + contact + "\",\"position\":\"总经理\",\"phone\":\"" + phone + "\"}");
        return id;
    }

    private static String demand(String title, String description, String field, long enterprise, String budget) {
        return "{\"title\":\"" + title + "\",\"description\":\"" + description + "\",\"type\":\"TECHNOLOGY\","
                + "\"fieldCode\":\"" + field + "\",\"enterpriseId\":" + enterprise + ","
                + (budget == null ? "" : "\"budget\":\"" + budget + "\",") + "\"feeRatio\":\"5.00\"}";
    }

    private static String daysAgo(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(days).withNano(0).toString();
    }

    private String login(String phone, String password) throws IOException, InterruptedException {
        String body = post("/api/auth/login", null, "{\"phone\":\"" + phone + "\",\"password\":\"" + password + "\"}");
        Matcher token = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("login of " + phone + " gave no token");
        }
        return token.group(1);
    }

    private String get(String path, String bearer) throws IOException, InterruptedException {
        return send("GET", path, bearer, null);
    }

    private String post(String path, String bearer, String json) throws IOException, InterruptedException {
        return send("POST", path, bearer, json);
    }

    private String put(String path, String bearer, String json) throws IOException, InterruptedException {
        return send("PUT", path, bearer, json);
    }

    private String send(String method, String path, String bearer, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response.body();
    }

    private static long id(String json) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json.substring(0, Math.min(200, json.length())));
        }
        return Long.parseLong(id.group(1));
    }
}
