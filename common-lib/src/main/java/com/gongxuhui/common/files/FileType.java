package com.gongxuhui.common.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * The file types the platform accepts (PDF, images, Office documents), recognised by their content with Apache
 * Tika and required to agree with the file name's extension: an {@code .exe} renamed {@code .pdf} is refused.
 * Tika is asked without the file name, since with it Tika takes any ZIP named {@code .docx} for a Word document;
 * by content alone an Office Open XML file is the ZIP container whose first entry is {@code [Content_Types].xml}
 * or {@code _rels/.rels} (an OPC package, as Office and every library writing OOXML lay it out), and any other
 * ZIP stays {@code application/zip}.
 */
public enum FileType {
    PDF("application/pdf", Set.of("pdf"), "application/pdf"),
    PNG("image/png", Set.of("png"), "image/png"),
    JPEG("image/jpeg", Set.of("jpg", "jpeg"), "image/jpeg"),
    GIF("image/gif", Set.of("gif"), "image/gif"),
    OFFICE_OPEN_XML("application/octet-stream", Set.of("docx", "xlsx", "pptx"), "application/x-tika-ooxml"),
    OFFICE_LEGACY("application/octet-stream", Set.of("doc", "xls", "ppt"), "application/x-tika-msoffice",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint");

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private final String mediaType;
    private final Set<String> extensions;
    private final Set<MediaType> detected;

    FileType(String mediaType, Set<String> extensions, String... detected) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.detected = Arrays.stream(detected).map(MediaType::parse).collect(Collectors.toSet());
    }

    /**
     * The type when the content and the name's extension agree on one of the accepted types. {@code content} must
     * support mark and reset (a {@code BufferedInputStream}): its first bytes are read and given back.
     */
    public static Optional<FileType> of(String fileName, InputStream content) {
        String extension = fileName == null || !fileName.contains(".") ? ""
                : fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        MediaType type = detect(content);
        MediaTypeRegistry registry = TYPES.getMediaTypeRegistry();
        return Arrays.stream(values())
                .filter(candidate -> candidate.extensions.contains(extension))
                .filter(candidate -> candidate.detected.stream().anyMatch(accepted -> registry.isInstanceOf(type, accepted)))
                .findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    private static MediaType detect(InputStream content) {
        try {
            return TYPES.detect(content, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
