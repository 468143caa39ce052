package com.gongxuhui.demand.trail;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One step of a demand's trail; {@code hash} covers the entry and the previous entry's hash. */
@TableName("demand_trail")
public class TrailEntry {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long demandId;
    private Integer seq;
    private Instant occurredAt;
    private Long actorId;
    private String actorName;
    private String action;
    private String beforeData;
    private String afterData;
    private String prevHash;
    private String hash;

    /** The text the hash is computed over: every field that tells what happened, and the link backwards. */
    String canonical() {
        return String.join("\u001f", prevHash, String.valueOf(demandId), String.valueOf(seq),
                String.valueOf(occurredAt.toEpochMilli()), String.valueOf(actorId), actorName, action,
                String.valueOf(beforeData), String.valueOf(afterData));
    }

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

    public Integer getSeq() {
        return seq;
    }

    public void setSeq(Integer seq) {
        this.seq = seq;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public void setActorId(Long actorId) {
        this.actorId = actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public void setActorName(String actorName) {
        this.actorName = actorName;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getBeforeData() {
        return beforeData;
    }

    public void setBeforeData(String beforeData) {
        this.beforeData = beforeData;
    }

    public String getAfterData() {
        return afterData;
    }

    public void setAfterData(String afterData) {
        this.afterData = afterData;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public void setPrevHash(String prevHash) {
        this.prevHash = prevHash;
    }

    public String getHash() {
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }
}
