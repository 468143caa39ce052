package com.gongxuhui.common.test;

import java.util.List;

/** The real expert-service (trusting the real org-service's tokens), started once per test JVM. */
public final class ExpertServiceProcess {

    private static ExpertServiceProcess instance;

    private final ServiceProcess process;

    private ExpertServiceProcess() {
        String org = OrgServiceProcess.get().url();
        process = PeerProcess.start("expert-service", "expert-service/expert-server/target/expert-service.jar",
                "expert_db", List.of("--gxh.security.jwks-uri=" + org + "/oauth2/jwks", "--gxh.clients.org-url=" + org));
    }

    public static synchronized ExpertServiceProcess get() {
        if (instance == null) {
            instance = new ExpertServiceProcess();
        }
        return instance;
    }

    public String url() {
        return process.url();
    }

    public HttpApi api() {
        return new HttpApi(url());
    }
}
