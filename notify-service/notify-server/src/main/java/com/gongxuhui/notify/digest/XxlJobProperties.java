package com.gongxuhui.notify.digest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The XXL-JOB executor ({@code gxh.notify.xxl-job.*}). With {@code adminAddresses} set (production:
 * {@code GXH_NOTIFY_XXL_JOB_ADMIN_ADDRESSES}) the executor registers with the admin, which triggers the digest;
 * without it (the embedded default) no executor starts and a local cron triggers the digest instead.
 *
 * @param accessToken the token the admin sends in {@code XXL-JOB-ACCESS-TOKEN}, and the executor back. Required
 *                    with an admin: an executor without one runs {@code /run} for anyone who reaches its port, so
 *                    notify-service refuses to start instead
 * @param port        the executor's own HTTP server ({@code /beat}, {@code /run}, …), apart from the service's port
 */
@ConfigurationProperties("gxh.notify.xxl-job")
public record XxlJobProperties(
        String adminAddresses,
        String accessToken,
        @DefaultValue("notify-service") String appname,
        String address,
        String ip,
        @DefaultValue("9999") int port,
        @DefaultValue("${java.io.tmpdir}/gongxuhui/xxl-job") String logPath,
        @DefaultValue("7") int logRetentionDays) {

    public XxlJobProperties {
        if (adminAddresses != null && !adminAddresses.isBlank() && (accessToken == null || accessToken.isBlank())) {
            throw new IllegalStateException("The XXL-JOB executor needs an access token: set GXH_XXL_JOB_ACCESS_TOKEN "
                    + "(xxl.job.accessToken in Nacos) to the admin's xxl.job.accessToken");
        }
    }
}
