package com.gongxuhui.common.files;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where uploads live, addressed by their SHA-256 (hex): the same bytes are kept once, and the key proves the
 * content. {@link LocalFileStore} on the local disk in the embedded default; {@link S3FileStore} on S3-compatible
 * object storage in production, so that every instance reads what any instance stored and a redeploy loses
 * nothing ({@code gxh.files.store}, FilesAutoConfiguration).
 */
public interface FileStore {

    /** Stores the stream and returns its SHA-256 (hex), which is also its key. */
    String store(InputStream content);

    /** The stored bytes of a key; an unknown key throws {@link java.io.UncheckedIOException}. */
    InputStream open(String key);

    /** The key's place under a root, {@code ab/cd/abcd…}; anything but a SHA-256 in hex is refused. */
    static Path requireKey(Path root, String key) {
        if (key == null || !key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }
}
