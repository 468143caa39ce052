package com.gongxuhui.common.files;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploads live ({@code gxh.files.*}): {@code store = local} (the embedded default, under {@code root}) or
 * {@code s3} (production: {@code s3.endpoint}, {@code s3.bucket}, credentials; objects under {@code s3.prefix},
 * the service's name by default; uploads staged under {@code root} while their hash is computed).
 */
@ConfigurationProperties("gxh.files")
public record FilesProperties(@DefaultValue("local") String store, String root, S3 s3) {

    public record S3(String endpoint, @DefaultValue("us-east-1") String region, String bucket, String prefix,
            String accessKey, String secretKey, @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("30s") Duration readTimeout) {
    }
}
