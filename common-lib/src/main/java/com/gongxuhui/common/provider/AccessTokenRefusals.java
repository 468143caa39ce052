package com.gongxuhui.common.provider;

import java.util.Set;

/**
 * Which answers of DingTalk's and WeChat's server APIs mean "this access token is no longer good: fetch a new one
 * and call once more", in one place for every client of those APIs (org-service's DingTalk login, expert-service's
 * WeChat calls, notify-service's messages), so that they cannot disagree.
 * <ul>
 * <li>WeChat (全局返回码): 40001 invalid credential, 40014 invalid access_token, 42001 access_token expired.</li>
 * <li>DingTalk (服务端API 全局错误码): 40014 不合法的access_token, 42001 access_token超时. Developers report 40014 for
 * a token that merely outlived its 7200 s (developer.aliyun.com/ask/242976). The newer gateway answers 88 (鉴权异常)
 * and puts the real code in {@code sub_code} ({@code {"errcode":88,"sub_code":"42001",...}}).</li>
 * </ul>
 */
public final class AccessTokenRefusals {

    private static final Set<Integer> WECHAT = Set.of(40001, 40014, 42001);
    private static final Set<String> DINGTALK = Set.of("40014", "42001");
    private static final int DINGTALK_SEE_SUB_CODE = 88;

    private AccessTokenRefusals() {
    }

    public static boolean weChat(Integer errcode) {
        return errcode != null && WECHAT.contains(errcode);
    }

    public static boolean dingTalk(Integer errcode, String subCode) {
        return DINGTALK.contains(dingTalkReason(errcode, subCode));
    }

    /** The code that says what went wrong: {@code sub_code} when DingTalk answered 88, else {@code errcode}. */
    public static String dingTalkReason(Integer errcode, String subCode) {
        return errcode != null && errcode == DINGTALK_SEE_SUB_CODE && subCode != null ? subCode : String.valueOf(errcode);
    }
}
