package com.gongxuhui.notify.digest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The digest without an XXL-JOB admin (the embedded default): a local cron triggers the same digest, as one
 * shard of one. Only one instance runs there, and a second trigger the same day would send nothing anyway.
 */
@Component
@ConditionalOnExpression("'${gxh.notify.xxl-job.admin-addresses:}'.isEmpty()")
class LocalDigestSchedule {

    private final ExpertDigest digest;

    LocalDigestSchedule(ExpertDigest digest) {
        this.digest = digest;
    }

    @Scheduled(cron = "${gxh.notify.digest.cron:0 0 16 * * ?}", zone = "${gxh.notify.digest.zone:Asia/Shanghai}")
    void expertSubscriptionDigest() {
        digest.run(0, 1);
    }
}
