package com.gongxuhui.expert;

import com.gongxuhui.common.test.PeerProcess;
import com.gongxuhui.common.test.ServiceProcess;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * expert-service on the real stack with the real org-service (a process) issuing the tokens and answering for
 * regions. The tests of expert-service extend it, so that they share one application context.
 */
@ServiceIntegrationTest
public abstract class WithOrgService {

    @DynamicPropertySource
    static void orgService(DynamicPropertyRegistry registry) {
        ServiceProcess org = PeerProcess.org();
        registry.add("gxh.security.jwks-uri", () -> org.url() + "/oauth2/jwks");
        registry.add("gxh.clients.org-url", org::url);
    }
}
