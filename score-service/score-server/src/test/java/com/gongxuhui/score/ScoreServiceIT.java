package com.gongxuhui.score;

import com.gongxuhui.common.test.ServiceSkeletonContract;
import com.gongxuhui.common.test.ServiceIntegrationTest;

/** score-service on a random port against MariaDB, Redis and RocketMQ: the skeleton every service must show. */
@ServiceIntegrationTest
class ScoreServiceIT extends ServiceSkeletonContract {

    ScoreServiceIT() {
        super("score-service", "score_db", "/api/points");
    }
}
