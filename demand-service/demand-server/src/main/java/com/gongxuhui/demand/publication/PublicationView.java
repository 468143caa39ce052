package com.gongxuhui.demand.publication;

import java.math.BigDecimal;
import java.time.Instant;

/** An opening and, once accepted, its commitment letter (text, signer, time). */
public record PublicationView(long id, long demandId, PublicationScope scope, BigDecimal feeRatio,
        PublicationStatus status, long fromInstitutionId, Instant publishedAt, Long acceptedInstitutionId,
        Long acceptedBy, String acceptedByName, Instant acceptedAt, String commitmentText) {

    static PublicationView of(Publication p) {
        return new PublicationView(p.getId(), p.getDemandId(), p.getScope(), p.getFeeRatio(), p.getStatus(),
                p.getFromInstitutionId(), p.getPublishedAt(), p.getAcceptedInstitutionId(), p.getAcceptedBy(),
                p.getAcceptedByName(), p.getAcceptedAt(), p.getCommitmentText());
    }
}
