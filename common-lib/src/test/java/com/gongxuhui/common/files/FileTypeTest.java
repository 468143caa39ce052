package com.gongxuhui.common.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Upload types recognised by content: a ZIP is not a Word document because it is named like one. */
class FileTypeTest {

    @Test
    void anOfficeOpenXmlPackageIsTakenUnderItsOwnExtensionsOnly() throws IOException {
        byte[] docx = officePackage();

        assertThat(FileType.of("合同.docx", stream(docx))).contains(FileType.OFFICE_OPEN_XML);
        assertThat(FileType.of("清单.XLSX", stream(docx))).contains(FileType.OFFICE_OPEN_XML);
        assertThat(FileType.of("合同.pdf", stream(docx))).isEmpty();
    }

    @Test
    void anyOtherZipIsNoOfficeDocumentWhateverItsName() throws IOException {
        byte[] zip = zip(Map.of("readme.txt", "not a document", "word/document.xml", "<w:document/>"));

        assertThat(FileType.of("合同.docx", stream(zip))).isEmpty();
        assertThat(FileType.of("清单.xlsx", stream(zip))).isEmpty();
        assertThat(FileType.of("演示.pptx", stream(zip))).isEmpty();
    }

    @Test
    void pdfAndImagesAreRecognisedAndAnExecutableIsNot() {
        byte[] pdf = "%PDF-1.4\n需求说明书\n%%EOF".getBytes(StandardCharsets.UTF_8);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        byte[] executable = new byte[64];
        executable[0] = 'M';
        executable[1] = 'Z';

        assertThat(FileType.of("需求说明.pdf", stream(pdf))).contains(FileType.PDF);
        assertThat(FileType.of("logo.png", stream(png))).contains(FileType.PNG);
        assertThat(FileType.of("合同.pdf", stream(executable))).isEmpty();
        assertThat(FileType.of("logo.png", stream(pdf))).isEmpty();
    }

    @Test
    void theContentIsGivenBackUnreadForStoring() throws IOException {
        byte[] pdf = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.UTF_8);
        InputStream content = stream(pdf);

        FileType.of("a.pdf", content);

        assertThat(content.readAllBytes()).isEqualTo(pdf);
    }

    /** The layout Office and POI write: [Content_Types].xml first, then the relationships and the parts. */
    static byte[] officePackage() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                + "vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType="
                + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        entries.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        entries.put("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                + "2006/main\"><w:body><w:p><w:r><w:t>合同</w:t></w:r></w:p></w:body></w:document>");
        return zip(entries);
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static InputStream stream(byte[] bytes) {
        return new BufferedInputStream(new ByteArrayInputStream(bytes));
    }
}
