package com.gongxuhui.common.files;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The service's {@link FileStore}: local disk unless {@code gxh.files.store=s3}. */
@AutoConfiguration
@EnableConfigurationProperties(FilesProperties.class)
public class FilesAutoConfiguration {

    @Bean
    @ConditionalOnProperty(name = "gxh.files.store", havingValue = "s3")
    S3FileStore s3FileStore(FilesProperties properties, @Value("${spring.application.name}") String service,
            @Value("${GXH_DATA_DIR:./.data}") String dataDir) {
        FilesProperties.S3 s3 = properties.s3();
        if (s3 == null || s3.endpoint() == null || s3.bucket() == null) {
            throw new IllegalStateException("gxh.files.store=s3 needs gxh.files.s3.endpoint and gxh.files.s3.bucket");
        }
        String prefix = s3.prefix() == null || s3.prefix().isBlank() ? service : s3.prefix();
        return new S3FileStore(S3FileStore.client(s3), s3.bucket(), prefix,
                root(properties, service, dataDir).resolve("staging"));
    }

    /** Uploads under the service's own folder of the data directory unless {@code gxh.files.root} says otherwise. */
    @Bean
    @ConditionalOnProperty(name = "gxh.files.store", havingValue = "local", matchIfMissing = true)
    LocalFileStore localFileStore(FilesProperties properties, @Value("${spring.application.name}") String service,
            @Value("${GXH_DATA_DIR:./.data}") String dataDir) {
        return new LocalFileStore(root(properties, service, dataDir));
    }

    private static Path root(FilesProperties properties, String service, String dataDir) {
        return Path.of(properties.root() != null ? properties.root() : dataDir + "/files/" + service);
    }
}
