package com.gongxuhui.expert.follow;

import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.expert.wechat.WeChatProperties;
import org.springframework.stereotype.Component;

/**
 * Opens what WeChat POSTs to the server URL: checks that WeChat signed it, recently, and answers the message in
 * plaintext. With an EncodingAESKey configured (安全模式) only encrypted calls are taken, their
 * {@code msg_signature} covering the ciphertext; a plaintext call is refused then, since the plain
 * {@code signature} of any safe-mode URL, covering no body, would otherwise carry a forged one. Without the key
 * (明文模式) the plain signature is all WeChat gives, and the timestamp window and the nonce store
 * ({@link CallbackFreshness}) keep one observed URL from being used again.
 */
@Component
class SignedCallback {

    private static final String AES = "aes";

    private final WeChatSignature signature;
    private final CallbackFreshness freshness;
    private final MessageCrypt crypt;

    SignedCallback(WeChatSignature signature, CallbackFreshness freshness, WeChatProperties properties) {
        this.signature = signature;
        this.freshness = freshness;
        WeChatProperties.OfficialAccount account = properties.officialAccount();
        this.crypt = account.safeMode() ? new MessageCrypt(account.encodingAesKey(), account.appId()) : null;
    }

    /** The URL check (GET): only the plain signature exists there, in either mode. */
    void requireUrlCheck(CallbackQuery query) {
        signature.require(query.signature(), query.timestamp(), query.nonce());
        freshness.requireFresh(query.timestamp());
    }

    /** The message in plaintext, once WeChat's signature and the timestamp are checked. */
    String open(CallbackQuery query, String body) {
        if (crypt == null) {
            requireUrlCheck(query);
            return body;
        }
        if (!AES.equals(query.encryptType())) {
            throw ProblemException.forbidden("WECHAT_SIGNATURE_INVALID");
        }
        String encrypted = WeChatXml.text(WeChatXml.root(body), "Encrypt");
        signature.requireOverMessage(query.msgSignature(), query.timestamp(), query.nonce(), encrypted);
        freshness.requireFresh(query.timestamp());
        return crypt.decrypt(encrypted);
    }

    /**
     * A reply as WeChat takes it from this account: as it is in plaintext mode; in safe mode encrypted, signed over
     * the ciphertext and sent with the call's own timestamp and nonce (消息加解密说明, 回复消息的加密).
     */
    String seal(CallbackQuery query, String reply) {
        if (crypt == null) {
            return reply;
        }
        String encrypted = crypt.encrypt(reply);
        return "<xml><Encrypt><![CDATA[" + encrypted + "]]></Encrypt><MsgSignature><![CDATA["
                + signature.overMessage(query.timestamp(), query.nonce(), encrypted) + "]]></MsgSignature><TimeStamp>"
                + query.timestamp() + "</TimeStamp><Nonce><![CDATA[" + query.nonce() + "]]></Nonce></xml>";
    }

    /** Runs {@code handling} once per signed call (see {@link CallbackFreshness#once}). */
    void once(CallbackQuery query, Runnable handling) {
        freshness.once(query.timestamp(), query.nonce(), handling);
    }

    /** The query parameters WeChat adds to the server URL; the last two only in safe (and compatible) mode. */
    record CallbackQuery(String signature, String timestamp, String nonce, String encryptType, String msgSignature) {
    }
}
