package com.gongxuhui.org.dingtalk;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.gongxuhui.common.provider.AccessTokenRefusals;
import java.util.Set;

/**
 * DingTalk's answer to a {@code /topapi} call, as sent. What the error codes mean is DingTalk's documented
 * contract (服务端API 全局错误码; the legacy 服务端开发文档 lists 40014, 40078, 42001, 42008, 60104 and 60121 with
 * these meanings):
 * <ul>
 * <li>{@code errcode} 0 is success; 88 (鉴权异常) means "look at {@code sub_code}", which then carries the
 * real code, typically an access-token problem ({@code {"errcode":88,"sub_code":"60011",...}} in DingTalk's
 * example);</li>
 * <li>40014 不合法的access_token, 42001 access_token超时: the token is dead ({@link AccessTokenRefusals});</li>
 * <li>40078 不存在的临时授权码 (DingTalk's own example of a failed call), 42008 临时授权码失效: the auth
 * code is unknown, used already or older than its five minutes;</li>
 * <li>60104 手机号码在公司中已存在: user/create was given the mobile of a member of the organisation;</li>
 * <li>60121 找不到该用户: no member with this userid (or mobile) in the organisation.</li>
 * </ul>
 */
record DingTalkAnswer<T>(Integer errcode, String errmsg, @JsonProperty("sub_code") String subCode, T result) {

    private static final Set<String> AUTH_CODE_DEAD = Set.of("40078", "42008");
    private static final String MOBILE_ALREADY_MEMBER = "60104";
    private static final String NO_SUCH_MEMBER = "60121";

    boolean succeeded() {
        return errcode != null && errcode == 0 && result != null;
    }

    /** The result of a successful answer; any other answer fails the {@code call}. */
    T successful(String call) {
        if (!succeeded()) {
            throw new DingTalkCallFailed(call + " failed: " + describe());
        }
        return result;
    }

    boolean accessTokenRejected() {
        return AccessTokenRefusals.dingTalk(errcode, subCode);
    }

    boolean authCodeRejected() {
        return AUTH_CODE_DEAD.contains(reason());
    }

    boolean mobileAlreadyMember() {
        return MOBILE_ALREADY_MEMBER.equals(reason());
    }

    boolean noSuchMember() {
        return NO_SUCH_MEMBER.equals(reason());
    }

    String describe() {
        return "errcode=" + errcode + (subCode == null ? "" : " sub_code=" + subCode) + " errmsg=" + errmsg;
    }

    private String reason() {
        return AccessTokenRefusals.dingTalkReason(errcode, subCode);
    }

    /**
     * {@code result} of {@code /topapi/v2/user/getuserinfo} (who the auth code belongs to), of
     * {@code /topapi/v2/user/create} (the new member) and of {@code /topapi/v2/user/getbymobile} (the member with
     * that mobile).
     */
    record UserId(String userid) {
    }

    /**
     * {@code result} of {@code /topapi/v2/user/get}: the mobile number in the organisation's address book, and
     * whether he has activated DingTalk (joined the organisation he was added to).
     */
    record UserDetail(String mobile, Boolean active) {
    }
}
