package com.gongxuhui.demand.file;

import java.time.Instant;

public record DemandFileView(long id, long demandId, FilePurpose purpose, String name, String mediaType,
        long sizeBytes, String sha256, Instant uploadedAt, String downloadPath) {

    static DemandFileView of(DemandFile f) {
        return new DemandFileView(f.getId(), f.getDemandId(), f.getPurpose(), f.getOriginalName(), f.getMediaType(),
                f.getSizeBytes(), f.getSha256(), f.getUploadedAt(), "/api/files/" + f.getId());
    }
}
