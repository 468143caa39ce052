package com.gongxuhui.expert;

import com.gongxuhui.common.test.ServiceSkeletonContract;
import com.gongxuhui.common.test.ServiceIntegrationTest;

/** expert-service on a random port against MariaDB, Redis and RocketMQ: the skeleton every service must show. */
@ServiceIntegrationTest
class ExpertServiceIT extends ServiceSkeletonContract {

    ExpertServiceIT() {
        super("expert-service", "expert_db", "/api/experts");
    }
}
