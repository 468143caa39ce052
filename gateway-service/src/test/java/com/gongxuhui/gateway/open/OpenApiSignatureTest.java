package com.gongxuhui.gateway.open;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.common.security.OpenApiSignature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** common-lib's OpenApiSignature, the one computation of the signature, against docs/open-api.md. */
class OpenApiSignatureTest {

    private static final byte[] EXAMPLE_BODY = "{\"title\":\"智能制造产线改造\",\"field\":\"INTELLIGENT_MANUFACTURING\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final String EXAMPLE_CANONICAL = """
            POST
            /open/demands
            page=1&source=sdk&tag=%E6%99%BA%E8%83%BD%20%E5%88%B6%E9%80%A0
            84401f6909d600355576a09d5c41dc59f453e19cbd545db52df0c77d82792245
            1795766400000
            3f2a9c1e7b6d4e58a0c1""";
    private static final String EXAMPLE_SIGNATURE = "/DhhY2+la/13caU017BMxtYzRskl8wyufKa1QcB8CkM=";

    @Test
    void computesTheWorkedExampleOfTheDocumentationAndTheDocumentationShowsIt() throws IOException {
        String canonical = OpenApiSignature.canonicalString("post", "/open/demands",
                "source=sdk&tag=%E6%99%BA%E8%83%BD+%E5%88%B6%E9%80%A0&page=1", EXAMPLE_BODY, "1795766400000",
                "3f2a9c1e7b6d4e58a0c1");

        assertThat(canonical).isEqualTo(EXAMPLE_CANONICAL);
        assertThat(OpenApiSignature.sign("local-demo-secret", canonical)).isEqualTo(EXAMPLE_SIGNATURE);

        String documentation = Files.readString(Path.of("..", "docs", "open-api.md"));
        assertThat(documentation)
                .contains("```\n" + EXAMPLE_CANONICAL + "\n```")
                .contains("`X-Signature: " + EXAMPLE_SIGNATURE + "`")
                .contains(new String(EXAMPLE_BODY, StandardCharsets.UTF_8));
    }

    @Test
    void hashesAnEmptyBodyAsTheSha256OfNoBytes() {
        assertThat(OpenApiSignature.canonicalString("GET", "/open/demands/7", null, new byte[0], "1", "n"))
                .isEqualTo("GET\n/open/demands/7\n\n"
                        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n1\nn");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "''                         | ''",
            "b=2&a=1                    | a=1&b=2",
            "a=2&a=10&a=1               | a=1&a=10&a=2",
            "flag&a=1                   | a=1&flag=",
            "a=x+y                      | a=x%20y",
            "a=x%20y                    | a=x%20y",
            "a=%e6%99%ba                | a=%E6%99%BA",
            "a=智                       | a=%E6%99%BA",
            "a=1&&b=                    | a=1&b=",
            "k~-_.=a*b                  | k~-_.=a%2Ab",
            "a=100%                     | a=100%25"})
    void canonicalisesTheQuery(String raw, String canonical) {
        assertThat(OpenApiSignature.canonicalString("GET", "/open/x", raw, new byte[0], "1", "n"))
                .startsWith("GET\n/open/x\n" + canonical + "\n");
    }

    @Test
    void matchesOnlyTheSignatureOfTheSameSecretAndString() {
        String signature = OpenApiSignature.sign("secret", EXAMPLE_CANONICAL);

        assertThat(OpenApiSignature.matches("secret", EXAMPLE_CANONICAL, signature)).isTrue();
        assertThat(OpenApiSignature.matches("other-secret", EXAMPLE_CANONICAL, signature)).isFalse();
        assertThat(OpenApiSignature.matches("secret", EXAMPLE_CANONICAL + " ", signature)).isFalse();
        assertThat(OpenApiSignature.matches("secret", EXAMPLE_CANONICAL, signature.substring(1))).isFalse();
    }
}
