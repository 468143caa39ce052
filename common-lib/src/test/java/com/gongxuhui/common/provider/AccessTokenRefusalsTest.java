package com.gongxuhui.common.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessTokenRefusalsTest {

    @Test
    void weChatsDeadTokenCodes() {
        assertThat(AccessTokenRefusals.weChat(40001)).isTrue();
        assertThat(AccessTokenRefusals.weChat(40014)).isTrue();
        assertThat(AccessTokenRefusals.weChat(42001)).isTrue();
        assertThat(AccessTokenRefusals.weChat(0)).isFalse();
        assertThat(AccessTokenRefusals.weChat(null)).isFalse();
        assertThat(AccessTokenRefusals.weChat(45009)).isFalse();
    }

    @Test
    void dingTalksDeadTokenCodesAlsoBehindItsSubCode() {
        assertThat(AccessTokenRefusals.dingTalk(40014, null)).isTrue();
        assertThat(AccessTokenRefusals.dingTalk(42001, null)).isTrue();
        assertThat(AccessTokenRefusals.dingTalk(88, "42001")).isTrue();
        assertThat(AccessTokenRefusals.dingTalk(88, "60011")).isFalse();
        assertThat(AccessTokenRefusals.dingTalk(88, null)).isFalse();
        assertThat(AccessTokenRefusals.dingTalk(40078, null)).isFalse();
        assertThat(AccessTokenRefusals.dingTalk(null, null)).isFalse();
    }
}
