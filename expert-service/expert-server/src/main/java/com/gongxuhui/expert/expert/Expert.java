package com.gongxuhui.expert.expert;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;

/**
 * A technical expert (专家) as an institution maintains him. The institution, centre and region are those of
 * the administrator who created him (his token's): the institution that sees him and pushes to him.
 */
@TableName("expert")
public class Expert {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String name;
    private String phone;
    private String organisation;
    private String title;
    private String introduction;
    private Long institutionId;
    private Long centreId;
    private String regionCode;
    private boolean followsOfficialAccount;
    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    /** The maintaining institution's place: what consumers of the expert's events scope by. */
    public OrgCoordinates coordinates() {
        return new OrgCoordinates(institutionId, centreId, regionCode);
    }

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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public boolean isFollowsOfficialAccount() {
        return followsOfficialAccount;
    }

    public void setFollowsOfficialAccount(boolean followsOfficialAccount) {
        this.followsOfficialAccount = followsOfficialAccount;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
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
