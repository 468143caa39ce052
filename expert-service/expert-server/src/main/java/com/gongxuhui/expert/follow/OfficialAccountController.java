package com.gongxuhui.expert.follow;

import com.gongxuhui.expert.follow.SignedCallback.CallbackQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The official account's server URL (公众平台 服务器配置), called by WeChat only: no token, WeChat's signature
 * instead ({@link SignedCallback}), each signed call taken once. GET is WeChat's check of the URL (answer
 * {@code echostr}), POST a message or event pushed to the account, in plaintext or, in safe mode, encrypted.
 * WeChat waits 5 s for an answer and repeats the event up to three times otherwise. "success" is the answer
 * WeChat takes in either mode for a message it need not show; a follow is answered with a reply message instead
 * ({@link BindingInvitation}), encrypted in safe mode.
 */
@RestController
@Validated
@RequestMapping("/api/wechat/events")
@Tag(name = "wechat", description = "WeChat's calls to the official account's server URL")
class OfficialAccountController {

    /** What WeChat expects for a handled message it need not repeat (and nothing to reply to the user). */
    private static final String HANDLED = "success";
    private static final MediaType XML = new MediaType(MediaType.TEXT_XML, StandardCharsets.UTF_8);

    private final SignedCallback signedCallback;
    private final FollowCallback callback;
    private final BindingInvitation invitation;

    OfficialAccountController(SignedCallback signedCallback, FollowCallback callback, BindingInvitation invitation) {
        this.signedCallback = signedCallback;
        this.callback = callback;
        this.invitation = invitation;
    }

    @GetMapping
    @Operation(summary = "WeChat's URL check: echostr back when the signature is WeChat's")
    ResponseEntity<String> verify(@RequestParam @Size(max = 64) String signature, @RequestParam @Size(max = 32) String timestamp,
            @RequestParam @Size(max = 64) String nonce, @RequestParam @Size(max = 128) String echostr) {
        CallbackQuery query = new CallbackQuery(signature, timestamp, nonce, null, null);
        signedCallback.requireUrlCheck(query);
        signedCallback.once(query, () -> { });
        return plainText(echostr);
    }

    @PostMapping
    @Operation(summary = "A message or event for the official account (plaintext or safe mode); follow and "
            + "unfollow are recorded, and a follow is answered with the invitation to bind (前往绑定信息)")
    ResponseEntity<String> receive(@RequestParam @Size(max = 64) String signature, @RequestParam @Size(max = 32) String timestamp,
            @RequestParam @Size(max = 64) String nonce,
            @RequestParam(name = "encrypt_type", required = false) @Size(max = 16) String encryptType,
            @RequestParam(name = "msg_signature", required = false) @Size(max = 64) String msgSignature,
            @RequestBody @Size(max = 20_000) String body) {
        CallbackQuery query = new CallbackQuery(signature, timestamp, nonce, encryptType, msgSignature);
        FollowEvent event = FollowEvent.parse(signedCallback.open(query, body));
        signedCallback.once(query, () -> callback.handle(event));
        if (event.relevant() && event.following()) {
            return ResponseEntity.ok().contentType(XML).body(signedCallback.seal(query, invitation.replyTo(event)));
        }
        return plainText(HANDLED);
    }

    /** Plain text as WeChat reads it; set here rather than by {@code produces}, so that refusals stay problem+json. */
    private static ResponseEntity<String> plainText(String body) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }
}
