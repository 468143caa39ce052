package com.gongxuhui.demand.publication;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.Instant;

/** A demand opened to other institutions, and who accepted it on which commitment (kept after acceptance). */
@TableName("publication")
public class Publication {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long demandId;
    private PublicationScope scope;
    private BigDecimal feeRatio;
    private PublicationStatus status;
    private Long fromInstitutionId;
    private Long publishedBy;
    private Instant publishedAt;
    private Long acceptedInstitutionId;
    private Long acceptedBy;
    private String acceptedByName;
    private Instant acceptedAt;
    private String commitmentText;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getDemandId() {
        return demandId;
    }

    public void setDemandId(Long demandId) {
        this.demandId = demandId;
    }

    public PublicationScope getScope() {
        return scope;
    }

    public void setScope(PublicationScope scope) {
        this.scope = scope;
    }

    public BigDecimal getFeeRatio() {
        return feeRatio;
    }

    public void setFeeRatio(BigDecimal feeRatio) {
        this.feeRatio = feeRatio;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public void setStatus(PublicationStatus status) {
        this.status = status;
    }

    public Long getFromInstitutionId() {
        return fromInstitutionId;
    }

    public void setFromInstitutionId(Long fromInstitutionId) {
        this.fromInstitutionId = fromInstitutionId;
    }

    public Long getPublishedBy() {
        return publishedBy;
    }

    public void setPublishedBy(Long publishedBy) {
        this.publishedBy = publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public Long getAcceptedInstitutionId() {
        return acceptedInstitutionId;
    }

    public void setAcceptedInstitutionId(Long acceptedInstitutionId) {
        this.acceptedInstitutionId = acceptedInstitutionId;
    }

    public Long getAcceptedBy() {
        return acceptedBy;
    }

    public void setAcceptedBy(Long acceptedBy) {
        this.acceptedBy = acceptedBy;
    }

    public String getAcceptedByName() {
        return acceptedByName;
    }

    public void setAcceptedByName(String acceptedByName) {
        this.acceptedByName = acceptedByName;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public void setAcceptedAt(Instant acceptedAt) {
        this.acceptedAt = acceptedAt;
    }

    public String getCommitmentText() {
        return commitmentText;
    }

    public void setCommitmentText(String commitmentText) {
        this.commitmentText = commitmentText;
    }
}
