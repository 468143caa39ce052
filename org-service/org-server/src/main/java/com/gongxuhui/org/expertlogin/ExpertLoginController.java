package com.gongxuhui.org.expertlogin;

import com.gongxuhui.common.security.ClientAddress;
import com.gongxuhui.common.security.InternalToken;
import com.gongxuhui.common.security.SecurityEvent;
import com.gongxuhui.common.security.SecurityEvents;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.auth.TokenPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * expert-service's call after a WeChat login. There is no user token yet, so the caller proves it is one of
 * expert-service with its expert-login credential (never routed by the gateway: /internal/** is not a route).
 */
@RestController
@Tag(name = "internal")
class ExpertLoginController {

    private final ExpertLogins expertLogins;
    private final InternalToken internalToken;
    private final SecurityEvents securityEvents;
    private final Clock clock;

    ExpertLoginController(ExpertLogins expertLogins, @Value("${gxh.internal.expert-login-token:}") String internalToken,
            SecurityEvents securityEvents, Clock clock) {
        this.expertLogins = expertLogins;
        this.internalToken = new InternalToken(internalToken);
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    @PostMapping("/internal/expert-logins")
    @Operation(summary = "Tokens for an expert identified by expert-service (service-to-service)")
    TokenPair login(@RequestHeader(name = InternalToken.HEADER, required = false) String token,
            @Valid @RequestBody ExpertIdentity expert, HttpServletRequest request) {
        if (!internalToken.matches(token)) {
            // whoever holds a wrong credential here is inside the network and trying to mint expert tokens
            securityEvents.record(new SecurityEvent(clock.instant(), SecurityEvent.Kind.INTERNAL_TOKEN_REFUSED,
                    "org-service", request.getRequestURI(), null, ClientAddress.of(request),
                    token == null ? "no credential" : "wrong credential"));
            throw ProblemException.unauthorized("UNAUTHENTICATED");
        }
        return expertLogins.login(expert);
    }
}
