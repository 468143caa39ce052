package com.gongxuhui.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdFilterTest {

    @Test
    void keepsAWellFormedIdFromTheGateway() {
        assertThat(RequestIdFilter.wellFormedOrNew("gw-1234.abc_DEF")).isEqualTo("gw-1234.abc_DEF");
    }

    @Test
    void replacesMissingOverlongOrInjectedIds() {
        assertThat(RequestIdFilter.wellFormedOrNew(null)).hasSize(36);
        assertThat(RequestIdFilter.wellFormedOrNew("x".repeat(65))).hasSize(36);
        assertThat(RequestIdFilter.wellFormedOrNew("abc\r\nSet-Cookie: x")).hasSize(36);
        assertThat(RequestIdFilter.wellFormedOrNew("a b")).hasSize(36);
    }
}
