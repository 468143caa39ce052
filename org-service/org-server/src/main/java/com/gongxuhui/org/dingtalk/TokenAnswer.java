package com.gongxuhui.org.dingtalk;

import com.fasterxml.jackson.annotation.JsonProperty;

/** DingTalk's answer to {@code GET /gettoken}: {@code {errcode, errmsg, access_token, expires_in}} (seconds). */
record TokenAnswer(Integer errcode, String errmsg, @JsonProperty("access_token") String accessToken,
        @JsonProperty("expires_in") Long expiresIn) {

    boolean succeeded() {
        return errcode != null && errcode == 0 && accessToken != null && !accessToken.isBlank() && expiresIn != null;
    }
}
