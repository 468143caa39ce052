package com.gongxuhui.org.expertlogin;

import com.gongxuhui.common.security.InternalToken;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.auth.TokenPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
    private final InternalToken internalToken;

    ExpertLoginController(ExpertLogins expertLogins, @Value("${gxh.internal.token:}") String internalToken) {
        this.expertLogins = expertLogins;
        this.internalToken = new InternalToken(internalToken);
    }

    @PostMapping("/internal/expert-logins")
    @Operation(summary = "Tokens for an expert identified by expert-service (service-to-service)")
    TokenPair login(@RequestHeader(name = InternalToken.HEADER, required = false) String token,
            @Valid @RequestBody ExpertIdentity expert) {
        if (!internalToken.matches(token)) {
            throw ProblemException.unauthorized("UNAUTHENTICATED");
        }
        return expertLogins.login(expert);
    }
}
