package com.gongxuhui.org.dingtalk;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;

/**
 * DingTalk's answer to a {@code /topapi} call, as sent. What the error codes mean is DingTalk's documented
 * contract (服务端API 全局错误码; the legacy 服务端开发文档 lists 40014, 40078, 42001 and 42008 with these
 * meanings):
 * <ul>
 * <li>{@code errcode} 0 is success; 88 (鉴权异常) means "look at {@code sub_code}", which then carries the
 * real code, typically an access-token problem ({@code {"errcode":88,"sub_code":"60011",...}} in DingTalk's
 * example);</li>
 * <li>40014 不合法的access_token, 42001 access_token超时: the token is dead. Developers report 40014 for a
 * token that merely outlived its 7200 s (developer.aliyun.com/ask/242976), so both mean "fetch a new one";</li>
 * <li>40078 不存在的临时授权码 (DingTalk's own example of a failed call), 42008 临时授权码失效: the auth
 * code is unknown, used already or older than its five minutes.</li>
 * </ul>
 */
record DingTalkAnswer<T>(Integer errcode, String errmsg, @JsonProperty("sub_code") String subCode, T result) {

    private static final int SEE_SUB_CODE = 88;
    private static final Set<String> ACCESS_TOKEN_DEAD = Set.of("40014", "42001");
    private static final Set<String> AUTH_CODE_DEAD = Set.of("40078", "42008");

    boolean succeeded() {
        return errcode != null && errcode == 0 && result != null;
    }

    boolean accessTokenRejected() {
        return ACCESS_TOKEN_DEAD.contains(reason());
    }

    boolean authCodeRejected() {
        return AUTH_CODE_DEAD.contains(reason());
    }

    String describe() {
        return "errcode=" + errcode + (subCode == null ? "" : " sub_code=" + subCode) + " errmsg=" + errmsg;
    }

    /** The code that says what went wrong: {@code sub_code} when DingTalk answered 88, else {@code errcode}. */
    private String reason() {
        return errcode != null && errcode == SEE_SUB_CODE && subCode != null ? subCode : String.valueOf(errcode);
    }

    /** {@code result} of {@code /topapi/v2/user/getuserinfo}: who the auth code belongs to. */
    record UserInfo(String userid) {
    }

    /** {@code result} of {@code /topapi/v2/user/get}: the mobile number in the organisation's address book. */
    record UserDetail(String mobile) {
    }
}
