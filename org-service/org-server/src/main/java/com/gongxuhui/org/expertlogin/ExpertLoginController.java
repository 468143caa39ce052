package com.gongxuhui.org.expertlogin;

import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.auth.TokenPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * expert-service's call after a WeChat login. There is no user token yet, so the caller proves it is one of
 * our services with the shared internal token (never routed by the gateway: /internal/** is not a route).
 */
@RestController
@Tag(name = "internal")
class ExpertLoginController {

    private final ExpertLogins expertLogins;
    private final byte[] internalToken;

    ExpertLoginController(ExpertLogins expertLogins, @Value("${gxh.internal.token:}") String internalToken) {
        this.expertLogins = expertLogins;
        this.internalToken = internalToken.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/internal/expert-logins")
    @Operation(summary = "Tokens for an expert identified by expert-service (service-to-service)")
    TokenPair login(@RequestHeader(name = "X-Internal-Token", required = false) String token,
            @Valid @RequestBody ExpertIdentity expert) {
        boolean trusted = internalToken.length > 0 && token != null
                && MessageDigest.isEqual(internalToken, token.getBytes(StandardCharsets.UTF_8));
        if (!trusted) {
            throw ProblemException.unauthorized("UNAUTHENTICATED");
        }
        return expertLogins.login(expert);
    }
}
