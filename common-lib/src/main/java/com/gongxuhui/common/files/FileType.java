package com.gongxuhui.common.files;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The file types the platform accepts (PDF, images, Office documents), recognised by their first bytes and
 * required to agree with the file name's extension: an {@code .exe} renamed {@code .pdf} is refused.
 */
public enum FileType {
    PDF("application/pdf", Set.of("pdf"), bytes(0x25, 0x50, 0x44, 0x46)),
    PNG("image/png", Set.of("png"), bytes(0x89, 0x50, 0x4E, 0x47)),
    JPEG("image/jpeg", Set.of("jpg", "jpeg"), bytes(0xFF, 0xD8, 0xFF)),
    GIF("image/gif", Set.of("gif"), bytes(0x47, 0x49, 0x46, 0x38)),
    OFFICE_OPEN_XML("application/octet-stream", Set.of("docx", "xlsx", "pptx"), bytes(0x50, 0x4B, 0x03, 0x04)),
    OFFICE_LEGACY("application/octet-stream", Set.of("doc", "xls", "ppt"), bytes(0xD0, 0xCF, 0x11, 0xE0));

    private final String mediaType;
    private final Set<String> extensions;
    private final byte[] signature;

    FileType(String mediaType, Set<String> extensions, byte[] signature) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    /** The type when the first bytes and the name's extension agree on one of the accepted types. */
    public static Optional<FileType> of(String fileName, byte[] head) {
        String extension = fileName == null || !fileName.contains(".") ? ""
                : fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.extensions.contains(extension) && type.startsWith(head))
                .findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    private boolean startsWith(byte[] head) {
        return head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
