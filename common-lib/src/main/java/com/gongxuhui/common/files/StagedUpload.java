package com.gongxuhui.common.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An upload copied to a temporary file while its SHA-256 is computed: the key is known only at its end. */
record StagedUpload(Path file, String sha256) {

    static StagedUpload of(InputStream content, Path directory) {
        try {
            Files.createDirectories(directory);
            Path incoming = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream digesting = new DigestInputStream(content, sha256)) {
                Files.copy(digesting, incoming, StandardCopyOption.REPLACE_EXISTING);
            }
            return new StagedUpload(incoming, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
