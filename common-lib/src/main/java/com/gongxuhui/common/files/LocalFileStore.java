package com.gongxuhui.common.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Uploads on the local disk (the embedded default: one instance, its data folder), addressed by their SHA-256: the
 * same bytes are kept once, and the name proves the content (a file altered on disk no longer matches its name).
 */
public class LocalFileStore implements FileStore {

    private final Path root;

    public LocalFileStore(Path root) {
        this.root = root;
    }

    @Override
    public String store(InputStream content) {
        StagedUpload upload = StagedUpload.of(content, root);
        try {
            Path target = FileStore.requireKey(root, upload.sha256());
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                upload.discard();
            } else {
                Files.move(upload.file(), target, StandardCopyOption.ATOMIC_MOVE);
            }
            return upload.sha256();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(FileStore.requireKey(root, key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
