package com.gongxuhui.demand.push;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** A demand pushed to one expert of the handling institution, and whether the push reached him. */
@TableName("expert_push")
public class ExpertPush {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long demandId;
    private Long expertId;
    private String expertName;
    private String expertOrganisation;
    private boolean followsOfficialAccount;
    private PushDelivery delivery;
    private String deliveryReason;
    private Instant deliveryReportedAt;
    private Long pushedBy;
    private Instant pushedAt;

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

    public String getExpertOrganisation() {
        return expertOrganisation;
    }

    public void setExpertOrganisation(String expertOrganisation) {
        this.expertOrganisation = expertOrganisation;
    }

    public boolean isFollowsOfficialAccount() {
        return followsOfficialAccount;
    }

    public void setFollowsOfficialAccount(boolean followsOfficialAccount) {
        this.followsOfficialAccount = followsOfficialAccount;
    }

    public PushDelivery getDelivery() {
        return delivery;
    }

    public void setDelivery(PushDelivery delivery) {
        this.delivery = delivery;
    }

    public Long getPushedBy() {
        return pushedBy;
    }

    public void setPushedBy(Long pushedBy) {
        this.pushedBy = pushedBy;
    }

    public Instant getPushedAt() {
        return pushedAt;
    }

    public void setPushedAt(Instant pushedAt) {
        this.pushedAt = pushedAt;
    }

    public String getDeliveryReason() {
        return deliveryReason;
    }

    public void setDeliveryReason(String deliveryReason) {
        this.deliveryReason = deliveryReason;
    }

    public Instant getDeliveryReportedAt() {
        return deliveryReportedAt;
    }

    public void setDeliveryReportedAt(Instant deliveryReportedAt) {
        this.deliveryReportedAt = deliveryReportedAt;
    }
}
