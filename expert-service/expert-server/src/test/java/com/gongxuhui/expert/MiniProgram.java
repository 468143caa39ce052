package com.gongxuhui.expert;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.expert.Organisations.Institution;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The mini-program's side of the tests: experts an institution adds, logged in through (stubbed) WeChat. */
public final class MiniProgram {

    /** The mini-program's access token WeChat hands out in these tests. */
    public static final String ACCESS_TOKEN = "mini-access-token";

    /** An expert record: its id, phone and the EXPERT bearer header of his login. */
    public record LoggedIn(long id, String phone, String bearer) {
    }

    private MiniProgram() {
    }

    /** A new expert of {@code institution} (added by its administrator), logged in with {@code unionId}. */
    public static LoggedIn expert(HttpApi api, Institution institution, String unionId) {
        long id = addExpert(api, institution, phone());
        String phone = api.get("/api/experts/" + id, "Authorization", institution.admin()).json().path("expert")
                .path("phone").asText();
        return new LoggedIn(id, phone, login(api, phone, unionId));
    }

    public static long addExpert(HttpApi api, Institution institution, String phone) {
        Response created = api.post("/api/experts", Map.of("name", "微信专家", "phone", phone, "organisation", "浙江工业大学",
                "title", "教授", "fields", List.of("NEW_MATERIALS")), "Authorization", institution.admin());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** Logs the expert with {@code phone} in through the mini-program; WeChat vouches for him with {@code unionId}. */
    public static String login(HttpApi api, String phone, String unionId) {
        Response login = api.post("/api/expert-portal/login", stubbedLogin(phone, unionId));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return HttpApi.bearer(login.json().path("accessToken").asText());
    }

    /** Stubs WeChat for one login of {@code phone} and returns the mini-program's request body for it. */
    public static Map<String, String> stubbedLogin(String phone, String unionId) {
        String code = "code-" + UUID.randomUUID();
        String phoneCode = "phone-" + UUID.randomUUID();
        WeChatStub.accessToken(WeChatStub.MINI_APP_ID, WeChatStub.MINI_SECRET, ACCESS_TOKEN);
        WeChatStub.session(code, "mini-openid-" + phone, unionId);
        WeChatStub.phoneNumber(ACCESS_TOKEN, phoneCode, phone);
        return Map.of("code", code, "phoneCode", phoneCode);
    }
}
