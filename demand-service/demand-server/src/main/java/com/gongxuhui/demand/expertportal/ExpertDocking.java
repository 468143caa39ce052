package com.gongxuhui.demand.expertportal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.Instant;

/** An expert's docking (对接) of a demand: one row per demand-expert pair, cancelled and reopened in place. */
@TableName("expert_docking")
public class ExpertDocking {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long demandId;
    private Long expertId;
    private String expertName;
    private DockingStatus status;
    private String note;
    private Instant dockedAt;
    private Instant cancelledAt;
    @Version
    private Integer version;

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

    public Long getExpertId() {
        return expertId;
    }

    public void setExpertId(Long expertId) {
        this.expertId = expertId;
    }

    public String getExpertName() {
        return expertName;
    }

    public void setExpertName(String expertName) {
        this.expertName = expertName;
    }

    public DockingStatus getStatus() {
        return status;
    }

    public void setStatus(DockingStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Instant getDockedAt() {
        return dockedAt;
    }

    public void setDockedAt(Instant dockedAt) {
        this.dockedAt = dockedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public void setCancelledAt(Instant cancelledAt) {
        this.cancelledAt = cancelledAt;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
