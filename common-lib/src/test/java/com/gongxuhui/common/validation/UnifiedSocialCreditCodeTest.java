package com.gongxuhui.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    /** Published codes: the GB 32100 example, 浙江大学 and large companies. */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "12330000470051726F", "91110000802100433B", "911100001000079554",
            "914403001922038216"})
    void acceptsRealCodes(String code) {
        assertThat(UnifiedSocialCreditCode.problem(code, true)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "9135010,length",
            "91350100M000100Y4300,length",
            "91350100M000100I43,character",
            "91350100m000100y43,character",
            "01350100M000100Y43,authority",
            "913501A0M000100Y43,division",
            "91350100M000100Y44,check"})
    void refusesEachKindOfMalformedCode(String code, String kind) {
        assertThat(UnifiedSocialCreditCode.problem(code, true)).isEqualTo(Optional.of(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44"})
    void theOverrideSkipsOnlyTheCheckCharacter(String wrongCheck) {
        assertThat(UnifiedSocialCreditCode.problem(wrongCheck, false)).isEmpty();
        assertThat(UnifiedSocialCreditCode.problem("91350100M000100I43", false)).contains("character");
        assertThat(UnifiedSocialCreditCode.problem(null, false)).contains("length");
    }
}
