package com.gongxuhui.notify.digest;

import com.xxl.job.core.context.XxlJobHelper;
import com.xxl.job.core.executor.impl.XxlJobSpringExecutor;
import com.xxl.job.core.handler.annotation.XxlJob;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The digest as an XXL-JOB job (production): the executor, and the handler {@code expertSubscriptionDigest} that
 * the admin triggers by its cron {@code 0 0 16 * * ?} (Asia/Shanghai), with sharding broadcast across the
 * instances (each takes its shard of the experts).
 */
@Configuration
// not @ConditionalOnProperty: that matches an empty value, which is what the embedded default has
@ConditionalOnExpression("!'${gxh.notify.xxl-job.admin-addresses:}'.isEmpty()")
class XxlJobDigest {

    private final ExpertDigest digest;

    XxlJobDigest(ExpertDigest digest) {
        this.digest = digest;
    }

    @Bean
    XxlJobSpringExecutor xxlJobExecutor(XxlJobProperties properties) {
        XxlJobSpringExecutor executor = new XxlJobSpringExecutor();
        executor.setAdminAddresses(properties.adminAddresses());
        executor.setAccessToken(properties.accessToken());
        executor.setAppname(properties.appname());
        executor.setAddress(properties.address());
        executor.setIp(properties.ip());
        executor.setPort(properties.port());
        executor.setLogPath(properties.logPath());
        executor.setLogRetentionDays(properties.logRetentionDays());
        return executor;
    }

    @XxlJob("expertSubscriptionDigest")
    public void expertSubscriptionDigest() {
        ExpertDigest.Result result = digest.run(XxlJobHelper.getShardIndex(), XxlJobHelper.getShardTotal());
        XxlJobHelper.handleSuccess(result.toString());
    }
}
