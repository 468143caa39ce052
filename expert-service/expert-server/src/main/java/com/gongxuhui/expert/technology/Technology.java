package com.gongxuhui.expert.technology;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.util.Set;

/** A technology an expert publishes (技术发布). */
@TableName(value = "technology", autoResultMap = true)
public class Technology {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long expertId;
    private String name;
    private String fieldCode;
    private Integer maturity;
    private String description;
    @TableField(typeHandler = CooperationModesColumn.class)
    private Set<CooperationMode> cooperationModes;
    private String publicSummary;
    private String confidentialDetail;
    private Instant createdAt;
    private Instant updatedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getExpertId() {
        return expertId;
    }

    public void setExpertId(Long expertId) {
        this.expertId = expertId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public void setFieldCode(String fieldCode) {
        this.fieldCode = fieldCode;
    }

    public Integer getMaturity() {
        return maturity;
    }

    public void setMaturity(Integer maturity) {
        this.maturity = maturity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<CooperationMode> getCooperationModes() {
        return cooperationModes;
    }

    public void setCooperationModes(Set<CooperationMode> cooperationModes) {
        this.cooperationModes = cooperationModes;
    }

    public String getPublicSummary() {
        return publicSummary;
    }

    public void setPublicSummary(String publicSummary) {
        this.publicSummary = publicSummary;
    }

    public String getConfidentialDetail() {
        return confidentialDetail;
    }

    public void setConfidentialDetail(String confidentialDetail) {
        this.confidentialDetail = confidentialDetail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
