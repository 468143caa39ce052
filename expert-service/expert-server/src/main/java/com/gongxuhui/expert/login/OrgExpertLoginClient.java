package com.gongxuhui.expert.login;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * org-service's token machinery for experts ({@code POST /internal/expert-logins}): the platform's one token
 * issuer. There is no user token at a login, so expert-service proves itself with its expert-login credential, which only it and
 * org-service hold.
 */
@FeignClient(name = "org-service", contextId = "orgExpertLoginClient", url = "${gxh.clients.org-url:}")
public interface OrgExpertLoginClient {

    @PostMapping("/internal/expert-logins")
    ExpertTokens login(@RequestHeader("X-Internal-Token") String internalToken, @RequestBody ExpertIdentity expert);

    /** Whom expert-service vouches for: the expert record whose phone WeChat confirmed. */
    record ExpertIdentity(long expertId, String phone, String name, long institutionId) {
    }
}
