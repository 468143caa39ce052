package com.gongxuhui.expert.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gongxuhui.common.web.ProblemException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Safe mode's decryption and message signature against the example values WeChat publishes with its
 * message-crypto samples (WXBizMsgCrypt of 公众平台): the Java sample's test ({@code pamtest}) and the Python
 * sample's compatible-mode message ({@code spamtest}), both with EncodingAESKey
 * {@code abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG}.
 */
class MessageCryptTest {

    private static final String EXAMPLE_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    /** WXBizMsgCryptTest: encrypt("aaaabbbbccccdddd", "我是中文abcd123") with appId wxb11529c136998cb6. */
    private static final String JAVA_SAMPLE = "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";

    /** WXBizMsgCryptTest's afterAesEncrypt2: its video message replyMsg2, same key, random and appId. */
    private static final String JAVA_SAMPLE_XML = "jn1L23DB+6ELqJ+6bruv23M2GmYfkv0xBh2h+XTBOKVKcgDFHle6gqcZ1cZrk3e1qjPQ1F4RsLWzQRG9udbKWesxlkupqcEcW7ZQweImX9+wLMa0GaUzpkycA8+IamDBxn5loLgZpnS7fVAbExOkK5DYHBmv5tptA9tklE/fTIILHR8HLXa5nQvFb3tYPKAlHF3rtTeayNf0QuM+UW/wM9enGIDIJHF7CLHiDNAYxr+r+OrJCmPQyTy8cVWlu9iSvOHPT/77bZqJucQHQ04sq7KZI27OcqpQNSto2OdHCoTccjggX5Z9Mma0nMJBU+jLKJ38YB1fBIz+vBzsYjrTmFQ44YfeEuZ+xRTQwr92vhA9OxchWVINGC50qE/6lmkwWTwGX9wtQpsJKhP+oS7rvTY8+VdzETdfakjkwQ5/Xka042OlUb1/slTwo4RscuQ+RdxSGvDahxAJ6+EAjLt9d8igHngxIbf6YyqqROxuxqIeIch3CssH/LqRs+iAcILvApYZckqmA7FNERspKA5f8GoJ9sv8xmGvZ9Yrf57cExWtnX8aCMMaBropU/1k+hKP5LVdzbWCG0hGwx/dQudYR/eXp3P0XxjlFiy+9DMlaFExWUZQDajPkdPrEeOwofJb";

    /** The Python sample's message: token spamtest, timestamp 1409735669, nonce 1320562132, appid wx2c2769f8efd9abc2. */
    private static final String PYTHON_SAMPLE = "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=";

    @Test
    void weChatsJavaSampleDecryptsToItsMessage() {
        MessageCrypt crypt = new MessageCrypt(EXAMPLE_KEY, "wxb11529c136998cb6");

        assertThat(crypt.decrypt(JAVA_SAMPLE)).isEqualTo("我是中文abcd123");
        assertThat(crypt.decrypt(JAVA_SAMPLE_XML)).isEqualTo("<xml><ToUserName><![CDATA[oia2Tj我是中文jewbmiOUlr6X-1crbLOvLw]]>"
                + "</ToUserName><FromUserName><![CDATA[gh_7f083739789a]]></FromUserName><CreateTime>1407743423"
                + "</CreateTime><MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[eYJ1MbwPRJtOvIEabaxHs7T"
                + "X2D-HV71s79GUxqdUkjm6Gs2Ed1KF3ulAOA9H1xG0]]></MediaId><Title><![CDATA[testCallBackReplyVideo]]>"
                + "</Title><Description><![CDATA[testCallBackReplyVideo]]></Description></Video></xml>");
    }

    @Test
    void encryptingWithTheSamplesRandomBytesGivesWeChatsJavaSample() {
        MessageCrypt crypt = new MessageCrypt(EXAMPLE_KEY, "wxb11529c136998cb6");
        byte[] random = "aaaabbbbccccdddd".getBytes(StandardCharsets.US_ASCII);

        assertThat(crypt.encrypt("我是中文abcd123", random)).isEqualTo(JAVA_SAMPLE);
        assertThat(crypt.encrypt(crypt.decrypt(JAVA_SAMPLE_XML), random)).isEqualTo(JAVA_SAMPLE_XML);
        assertThat(crypt.decrypt(crypt.encrypt("回复"))).as("fresh random bytes").isEqualTo("回复");
    }

    @Test
    void weChatsPythonSampleCarriesItsMsgSignatureAndDecryptsToATextMessage() {
        assertThat(WeChatSignature.sign("spamtest", "1409735669", "1320562132", PYTHON_SAMPLE))
                .isEqualTo("5d197aaffba7e9b25a30732f161a50dee96bd5fa");

        String message = new MessageCrypt(EXAMPLE_KEY, "wx2c2769f8efd9abc2").decrypt(PYTHON_SAMPLE);

        assertThat(message).startsWith("<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>")
                .contains("<FromUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></FromUserName>")
                .contains("<Content><![CDATA[abcdteT]]></Content>").endsWith("</xml>");
    }

    @Test
    void aMessageForAnotherAppOrUnderAnotherKeyIsRefused() {
        assertThatThrownBy(() -> new MessageCrypt(EXAMPLE_KEY, "wx2c2769f8efd9abc2").decrypt(JAVA_SAMPLE))
                .isInstanceOfSatisfying(ProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("WECHAT_SIGNATURE_INVALID"));
        assertThatThrownBy(() -> new MessageCrypt(OfficialAccountSafeModeIT.AES_KEY, "wxb11529c136998cb6")
                .decrypt(JAVA_SAMPLE))
                .isInstanceOfSatisfying(ProblemException.class,
                        refused -> assertThat(refused.code()).isIn("WECHAT_MESSAGE_INVALID", "WECHAT_SIGNATURE_INVALID"));
        assertThatThrownBy(() -> new MessageCrypt(EXAMPLE_KEY, "wxb11529c136998cb6").decrypt("not base64 at all!"))
                .isInstanceOfSatisfying(ProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("WECHAT_MESSAGE_INVALID"));
    }

    @Test
    void aKeyThatIsNotFortyThreeCharactersOfBase64StopsTheService() {
        assertThatThrownBy(() -> new MessageCrypt("too-short", "wxb11529c136998cb6"))
                .isInstanceOf(IllegalStateException.class);
    }
}
