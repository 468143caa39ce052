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

/**
 * Uploaded files on local (or mounted network) disk, addressed by their SHA-256: the same bytes are kept once,
 * and the name proves the content (a file altered on disk no longer matches its name).
 */
public class FileStore {

    private final Path root;

    public FileStore(Path root) {
        this.root = root;
    }

    /** Stores the stream and returns its SHA-256 (hex), which is also its key. */
    public String store(InputStream content) {
        try {
            Files.createDirectories(root);
            Path incoming = Files.createTempFile(root, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream digesting = new DigestInputStream(content, sha256)) {
                Files.copy(digesting, incoming, StandardCopyOption.REPLACE_EXISTING);
            }
            String key = HexFormat.of().formatHex(sha256.digest());
            Path target = path(key);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(incoming);
            } else {
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public InputStream open(String key) {
        try {
            return Files.newInputStream(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }
}
