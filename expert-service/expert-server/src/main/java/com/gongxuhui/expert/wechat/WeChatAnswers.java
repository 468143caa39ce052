package com.gongxuhui.expert.wechat;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answers of the WeChat calls the platform makes, as WeChat documents them (fields we do not use left out). */
public final class WeChatAnswers {

    private WeChatAnswers() {
    }

    /** {@code GET /cgi-bin/token}: {@code {access_token, expires_in}} (seconds) or an error. */
    public record AccessToken(Integer errcode, String errmsg, @JsonProperty("access_token") String accessToken,
            @JsonProperty("expires_in") Long expiresIn) implements WeChatAnswer {

        @Override
        public boolean succeeded() {
            return WeChatAnswer.super.succeeded() && accessToken != null && !accessToken.isBlank() && expiresIn != null;
        }
    }

    /**
     * {@code GET /sns/jscode2session}: who the login code belongs to. {@code unionid} is there only when the
     * mini-program is bound to the platform's WeChat open-platform account (as the official account must be).
     */
    public record Session(Integer errcode, String errmsg, String openid, String unionid) implements WeChatAnswer {
    }

    /** {@code POST /wxa/business/getuserphonenumber}: the phone the user allowed the mini-program to read. */
    public record PhoneNumber(Integer errcode, String errmsg, @JsonProperty("phone_info") PhoneInfo phoneInfo)
            implements WeChatAnswer {

        /** {@code purePhoneNumber} is the number without the country code, as the expert records hold it. */
        public record PhoneInfo(String purePhoneNumber) {
        }
    }

    /** {@code GET /cgi-bin/user/info}: an official-account follower's profile; {@code unionid} links him. */
    public record UserInfo(Integer errcode, String errmsg, Integer subscribe, String openid, String unionid)
            implements WeChatAnswer {
    }
}
