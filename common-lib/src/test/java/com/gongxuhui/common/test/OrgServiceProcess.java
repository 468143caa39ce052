package com.gongxuhui.common.test;

import java.util.List;

/**
 * The real org-service, started from its boot jar once per test JVM, for the tests of a service that asks
 * org-service things (tokens, institutions, staff, regions): no stand-in for our own service.
 */
public final class OrgServiceProcess {

    private static OrgServiceProcess instance;

    private final ServiceProcess process;

    private OrgServiceProcess() {
        process = PeerProcess.start("org-service", "org-service/org-server/target/org-service.jar", "org_db", List.of());
    }

    public static synchronized OrgServiceProcess get() {
        if (instance == null) {
            instance = new OrgServiceProcess();
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
