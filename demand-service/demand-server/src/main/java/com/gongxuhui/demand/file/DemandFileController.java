package com.gongxuhui.demand.file;

import com.gongxuhui.common.security.CurrentUserAccessor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "files", description = "Attachments, contracts and vouchers of demands")
class DemandFileController {

    private final DemandFiles files;
    private final CurrentUserAccessor currentUser;

    DemandFileController(DemandFiles files, CurrentUserAccessor currentUser) {
        this.files = files;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/api/demands/{demandId}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file (PDF, image, Office; 20 MB at most)")
    DemandFileView attach(@PathVariable long demandId, @RequestParam(defaultValue = "ATTACHMENT") FilePurpose purpose,
            @RequestParam("file") MultipartFile file) {
        return files.attach(demandId, purpose, file, currentUser.current());
    }

    @GetMapping("/api/demands/{demandId}/files")
    List<DemandFileView> list(@PathVariable long demandId) {
        return files.list(demandId, currentUser.current());
    }

    @GetMapping("/api/files/{fileId}")
    @Operation(summary = "Download a file of a demand the caller may see")
    ResponseEntity<InputStreamResource> download(@PathVariable long fileId) {
        DemandFiles.Download download = files.open(fileId, currentUser.current());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.file().mediaType()))
                .contentLength(download.file().sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.file().name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", download.file().sha256())
                .body(new InputStreamResource(download.content()));
    }
}
