package com.gongxuhui.enterprise;

import com.gongxuhui.common.test.ServiceSkeletonContract;
import com.gongxuhui.common.test.ServiceIntegrationTest;

/** enterprise-service on a random port against MariaDB, Redis and RocketMQ: the skeleton every service must show. */
@ServiceIntegrationTest
class EnterpriseServiceIT extends ServiceSkeletonContract {

    EnterpriseServiceIT() {
        super("enterprise-service", "enterprise_db", "/api/enterprises");
    }
}
