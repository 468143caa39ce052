package com.gongxuhui.expert.importing;

import com.gongxuhui.common.security.CurrentUserAccessor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/experts")
@Tag(name = "experts")
class ExpertImportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ExpertImport expertImport;
    private final ExpertWorkbook workbook;
    private final CurrentUserAccessor currentUser;

    ExpertImportController(ExpertImport expertImport, ExpertWorkbook workbook, CurrentUserAccessor currentUser) {
        this.expertImport = expertImport;
        this.workbook = workbook;
        this.currentUser = currentUser;
    }

    @GetMapping("/import-template")
    @PreAuthorize("hasRole('INST_ADMIN')")
    @Operation(summary = "The .xlsx template of the expert import")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("expert-import-template.xlsx").build().toString())
                .body(workbook.template());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('INST_ADMIN')")
    @Operation(summary = "Import experts from the template (.xlsx, up to 5,000 rows): valid rows are saved, "
            + "each invalid row is reported with its number and reason")
    ImportReport importExperts(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return expertImport.run(content, currentUser.current());
        }
    }
}
