package com.gongxuhui.demand;

import com.gongxuhui.common.test.ServiceSkeletonContract;
import com.gongxuhui.common.test.ServiceIntegrationTest;

/** demand-service on a random port against MariaDB, Redis and RocketMQ: the skeleton every service must show. */
@ServiceIntegrationTest
class DemandServiceIT extends ServiceSkeletonContract {

    DemandServiceIT() {
        super("demand-service", "demand_db", "/api/demands");
    }
}
