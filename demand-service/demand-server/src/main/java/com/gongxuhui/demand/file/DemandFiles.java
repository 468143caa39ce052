package com.gongxuhui.demand.file;

import com.gongxuhui.common.files.FileStore;
import com.gongxuhui.common.files.FileType;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandAccess;
import com.gongxuhui.demand.demand.Demands;
import com.gongxuhui.demand.trail.DemandTrail;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments, contracts and vouchers of a demand: only accepted types (checked on the content, not the name),
 * stored by SHA-256, recorded in the trail with that hash (存证), and readable by whoever may see the demand.
 */
@Service
public class DemandFiles {

    private final DemandFileMapper files;
    private final FileStore store;
    private final Demands demands;
    private final DemandAccess access;
    private final DemandTrail trail;
    private final Clock clock;

    public DemandFiles(DemandFileMapper files, FileStore store, Demands demands, DemandAccess access,
            DemandTrail trail, Clock clock) {
        this.files = files;
        this.store = store;
        this.demands = demands;
        this.access = access;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional
    public DemandFileView attach(long demandId, FilePurpose purpose, MultipartFile upload, CurrentUser user) {
        Demand demand = demands.find(demandId);
        access.requireWorkingOn(user, demand);
        if (upload.isEmpty()) {
            throw ProblemException.badRequest("FILE_EMPTY");
        }
        String name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename();
        if (name.isBlank() || name.length() > 200) {
            throw ProblemException.badRequest("FILE_NAME_INVALID");
        }
        try (InputStream content = new BufferedInputStream(upload.getInputStream())) {
            FileType type = FileType.of(name, content).orElseThrow(
                    () -> new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "FILE_TYPE_NOT_ALLOWED", name));
            DemandFile file = new DemandFile();
            file.setDemandId(demandId);
            file.setPurpose(purpose);
            file.setSha256(store.store(content));
            file.setOriginalName(name);
            file.setMediaType(type.mediaType());
            file.setSizeBytes(upload.getSize());
            file.setUploadedBy(user.id());
            file.setUploadedAt(clock.instant());
            files.insert(file);
            trail.append(demandId, user.actor(), "FILE_ATTACHED", null, Map.of("purpose", purpose, "name", name,
                    "sha256", file.getSha256()));
            return DemandFileView.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<DemandFileView> list(long demandId, CurrentUser user) {
        access.requireVisible(user, demands.find(demandId));
        return files.findByDemand(demandId).stream().map(DemandFileView::of).toList();
    }

    /** The demand's file of this purpose attached last (its contract), for a view the caller may already see. */
    public Optional<DemandFileView> latest(long demandId, FilePurpose purpose) {
        return Optional.ofNullable(files.findLatest(demandId, purpose)).map(DemandFileView::of);
    }

    /** The file and its bytes, for whoever may see its demand; 404 for everybody else. */
    public Download open(long fileId, CurrentUser user) {
        DemandFile file = files.selectById(fileId);
        if (file == null) {
            throw ProblemException.notFound("FILE_NOT_FOUND", fileId);
        }
        try {
            access.requireVisible(user, demands.find(file.getDemandId()));
        } catch (ProblemException notVisible) {
            throw ProblemException.notFound("FILE_NOT_FOUND", fileId);
        }
        return new Download(DemandFileView.of(file), store.open(file.getSha256()));
    }

    public record Download(DemandFileView file, InputStream content) {
    }
}
