package com.gongxuhui.expert.wechat;

/**
 * What every WeChat server API answer carries: {@code errcode} (absent or 0 on success) and {@code errmsg}.
 * The codes the platform acts on are WeChat's documented global codes (全局返回码):
 * <ul>
 * <li>40029 invalid code, 40163 code been used: the login code or phone code is not (or no longer) good;</li>
 * <li>45011 API minute-quota reached (频率限制): the user should try again shortly;</li>
 * <li>40001 invalid credential / 42001 access_token expired: fetch a new access token and repeat once;</li>
 * <li>-1 system error (系统繁忙): WeChat is busy, try later.</li>
 * </ul>
 */
public interface WeChatAnswer {

    Integer errcode();

    String errmsg();

    default boolean succeeded() {
        return errcode() == null || errcode() == 0;
    }

    default boolean accessTokenRejected() {
        return errcode() != null && (errcode() == 40001 || errcode() == 42001);
    }

    default String describe() {
        return "errcode=" + errcode() + " errmsg=" + errmsg();
    }
}
