package com.gongxuhui.expert.wechat;

import com.gongxuhui.common.provider.AccessTokenRefusals;

/**
 * What every WeChat server API answer carries: {@code errcode} (absent or 0 on success) and {@code errmsg}.
 * The codes the platform acts on are WeChat's documented global codes (全局返回码):
 * <ul>
 * <li>40029 invalid code, 40163 code been used: the login code or phone code is not (or no longer) good;</li>
 * <li>45011 API minute-quota reached (频率限制): the user should try again shortly;</li>
 * <li>a dead access token ({@link AccessTokenRefusals}): fetch a new one and repeat once;</li>
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
        return AccessTokenRefusals.weChat(errcode());
    }

    default String describe() {
        return "errcode=" + errcode() + " errmsg=" + errmsg();
    }
}
