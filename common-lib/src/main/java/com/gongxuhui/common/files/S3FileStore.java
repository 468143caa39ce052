package com.gongxuhui.common.files;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Uploads in an S3-compatible bucket (MinIO in the compose file, any S3 or OSS in production), shared by every
 * instance of the service: what one instance stored, another serves, and a redeploy loses nothing. An upload is
 * staged on local disk while its SHA-256 is computed (the key), then put once: the same bytes already stored are
 * not put again.
 */
public class S3FileStore implements FileStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final Path prefix;
    private final Path staging;

    public S3FileStore(S3Client s3, String bucket, String prefix, Path staging) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = Path.of(prefix);
        this.staging = staging;
    }

    /**
     * A client for an S3-compatible endpoint: path-style addressing (MinIO's default), and checksums only where the
     * API requires them, as servers other than AWS's do not all know the SDK's newer default ones.
     */
    public static S3Client client(FilesProperties.S3 settings) {
        return S3Client.builder()
                .endpointOverride(URI.create(settings.endpoint()))
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(settings.connectTimeout()).socketTimeout(settings.readTimeout()))
                .build();
    }

    @Override
    public String store(InputStream content) {
        StagedUpload upload = StagedUpload.of(content, staging);
        try {
            String key = objectKey(upload.sha256());
            if (!exists(key)) {
                s3.putObject(put -> put.bucket(bucket).key(key), RequestBody.fromFile(upload.file()));
            }
            return upload.sha256();
        } finally {
            upload.discard();
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return s3.getObject(get -> get.bucket(bucket).key(objectKey(key)));
        } catch (NoSuchKeyException e) {
            throw new UncheckedIOException(new FileNotFoundException("No stored file " + key + " in bucket " + bucket));
        }
    }

    private boolean exists(String objectKey) {
        try {
            s3.headObject(head -> head.bucket(bucket).key(objectKey));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private String objectKey(String sha256) {
        return FileStore.requireKey(prefix, sha256).toString();
    }

    @Override
    public void close() {
        s3.close();
    }
}
