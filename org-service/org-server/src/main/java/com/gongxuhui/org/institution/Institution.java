package com.gongxuhui.org.institution;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** A legal-entity technology-transfer institution (法人机构). */
@TableName(value = "institution", autoResultMap = true)
public class Institution {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String name;
    private String uscc;
    private boolean usccCheckOverridden;
    private InstitutionType type;
    @TableField(typeHandler = ServiceTypesColumn.class)
    private Set<ServiceType> serviceTypes;
    private String regionCode;
    private BigDecimal minFeeRatio;
    private String introduction;
    private String headName;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUscc() {
        return uscc;
    }

    public void setUscc(String uscc) {
        this.uscc = uscc;
    }

    public boolean isUsccCheckOverridden() {
        return usccCheckOverridden;
    }

    public void setUsccCheckOverridden(boolean usccCheckOverridden) {
        this.usccCheckOverridden = usccCheckOverridden;
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }

    public Set<ServiceType> getServiceTypes() {
        return serviceTypes;
    }

    public void setServiceTypes(Set<ServiceType> serviceTypes) {
        this.serviceTypes = serviceTypes;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public BigDecimal getMinFeeRatio() {
        return minFeeRatio;
    }

    public void setMinFeeRatio(BigDecimal minFeeRatio) {
        this.minFeeRatio = minFeeRatio;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
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

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
