package com.gongxuhui.org.dingtalk;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.Instant;

/**
 * A console account's invitation into the province's DingTalk organisation, recorded with the account and taken to
 * DingTalk by {@link DingTalkInvitationRelay}. {@code attempts} counts the failed invitations in a row while PENDING
 * and the checks that found him not yet active while INVITED; {@code nextAttemptAt} is when the relay takes the next
 * step (empty: at once). The nullable columns are written even when null, so that a step can clear them.
 */
@TableName("dingtalk_invitation")
public class DingTalkInvitation {

    @TableId(type = IdType.INPUT)
    private Long accountId;
    private DingTalkInvitationStatus status;
    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String dingtalkUserId;
    private int attempts;
    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String lastError;
    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private Instant nextAttemptAt;
    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private Instant invitedAt;
    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private Instant joinedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public DingTalkInvitationStatus getStatus() {
        return status;
    }

    public void setStatus(DingTalkInvitationStatus status) {
        this.status = status;
    }

    public String getDingtalkUserId() {
        return dingtalkUserId;
    }

    public void setDingtalkUserId(String dingtalkUserId) {
        this.dingtalkUserId = dingtalkUserId;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public void setNextAttemptAt(Instant nextAttemptAt) {
        this.nextAttemptAt = nextAttemptAt;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public void setInvitedAt(Instant invitedAt) {
        this.invitedAt = invitedAt;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public void setJoinedAt(Instant joinedAt) {
        this.joinedAt = joinedAt;
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
