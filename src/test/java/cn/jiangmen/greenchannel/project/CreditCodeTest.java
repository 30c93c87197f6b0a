package cn.jiangmen.greenchannel.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @Test
    void a_published_code_passes_its_check_character() {
        // 统一社会信用代码 of a registered company as printed on its licence (check char 'X' is legal? no: 0-9A-Y minus I O S V Z)
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "91350100M000100Y44", // wrong check character
        "91350100M000100Y4",  // 17 characters
        "91350100M000100Y433", // 19 characters
        "9135010OM000100Y43", // letter O is not in the alphabet
        "91350100m000100Y43", // lower case
        "",
    })
    void malformed_codes_are_refused(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void null_is_not_a_code() {
        assertThat(CreditCode.isValid(null)).isFalse();
    }
}
