package com.gongxuhui.common.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gongxuhui.common.test.ServiceProcess;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two service instances' file stores on one bucket of a real S3-compatible server (S3Proxy from Maven Central, a
 * process on local disk, standing in for MinIO or a cloud's object storage): what one instance stores, the other
 * serves byte for byte, and the same bytes are one object.
 */
class S3FileStoreIT {

    private static final Path WORK = Path.of("target/s3proxy");
    private static final String ACCESS_KEY = "gxh-test-access";
    private static final String SECRET_KEY = "gxh-test-secret-0123456789";
    private static Process server;
    private static FilesProperties.S3 settings;

    @BeforeAll
    static void startServer() throws Exception {
        int port = ServiceProcess.freePort();
        Path data = Files.createDirectories(WORK.resolve("data-" + UUID.randomUUID()));
        Path conf = WORK.resolve("s3proxy-" + port + ".conf");
        Files.writeString(conf, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + data.toAbsolutePath(), ""));
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", WORK.resolve("s3proxy.jar").toString(), "--properties", conf.toString())
                .redirectErrorStream(true).redirectOutput(WORK.resolve("s3proxy-" + port + ".log").toFile()).start();
        awaitPort(port, Duration.ofMinutes(2));
        settings = new FilesProperties.S3("http://127.0.0.1:" + port, "us-east-1", "gxh-files", null, ACCESS_KEY,
                SECRET_KEY, Duration.ofSeconds(2), Duration.ofSeconds(30));
        try (var s3 = S3FileStore.client(settings)) {
            s3.createBucket(create -> create.bucket("gxh-files"));
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void whatOneInstanceStoresTheOtherServes() throws Exception {
        byte[] contract = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(contract);
        try (S3FileStore first = instance("first"); S3FileStore second = instance("second")) {
            String key = first.store(new ByteArrayInputStream(contract));

            try (InputStream read = second.open(key)) {
                assertThat(read.readAllBytes()).isEqualTo(contract);
            }
            assertThat(second.store(new ByteArrayInputStream(contract))).isEqualTo(key);
            try (InputStream read = first.open(key)) {
                assertThat(read.readAllBytes()).isEqualTo(contract);
            }
            try (var s3 = S3FileStore.client(settings)) {
                List<String> objects = s3.listObjectsV2(list -> list.bucket("gxh-files").prefix("demand-service/"))
                        .contents().stream().map(object -> object.key())
                        // S3Proxy's file-system backend also lists its folders
                        .filter(objectKey -> !objectKey.endsWith("/")).toList();
                assertThat(objects).containsExactly("demand-service/" + key.substring(0, 2) + "/" + key.substring(2, 4)
                        + "/" + key);
            }
            assertThatThrownBy(() -> second.open("0".repeat(64))).isInstanceOf(UncheckedIOException.class);
            assertThatThrownBy(() -> second.open("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static S3FileStore instance(String name) {
        return new S3FileStore(S3FileStore.client(settings), "gxh-files", "demand-service",
                WORK.resolve("staging-" + name));
    }

    private static void awaitPort(int port, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("S3Proxy exited; see " + WORK);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(300);
            }
        }
        throw new IllegalStateException("S3Proxy did not listen on " + port + " within " + timeout);
    }
}
