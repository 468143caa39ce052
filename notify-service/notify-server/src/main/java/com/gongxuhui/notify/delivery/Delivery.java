package com.gongxuhui.notify.delivery;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.gongxuhui.notify.notification.NotificationKind;
import java.time.Instant;

/**
 * One message to one person on one outside channel, with what became of it. {@code address} is where the
 * channel sends it: a mobile number (DingTalk, SMS) or an official-account openid (WeChat).
 */
@TableName("delivery")
public class Delivery {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String causeKey;
    private RecipientKind recipientKind;
    private Long recipientId;
    private ChannelType channel;
    private NotificationKind kind;
    private String address;
    private String title;
    private String body;
    private Long demandId;
    private Long pushId;
    private DeliveryStatus status;
    private Integer attempts;
    private Instant nextAttemptAt;
    private String leaseToken;
    private String providerAnswer;
    private Instant createdAt;
    private Instant finishedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCauseKey() {
        return causeKey;
    }

    public void setCauseKey(String causeKey) {
        this.causeKey = causeKey;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public void setRecipientKind(RecipientKind recipientKind) {
        this.recipientKind = recipientKind;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public void setRecipientId(Long recipientId) {
        this.recipientId = recipientId;
    }

    public ChannelType getChannel() {
        return channel;
    }

    public void setChannel(ChannelType channel) {
        this.channel = channel;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public void setKind(NotificationKind kind) {
        this.kind = kind;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getDemandId() {
        return demandId;
    }

    public void setDemandId(Long demandId) {
        this.demandId = demandId;
    }

    public Long getPushId() {
        return pushId;
    }

    public void setPushId(Long pushId) {
        this.pushId = pushId;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public void setStatus(DeliveryStatus status) {
        this.status = status;
    }

    public Integer getAttempts() {
        return attempts;
    }

    public void setAttempts(Integer attempts) {
        this.attempts = attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public void setNextAttemptAt(Instant nextAttemptAt) {
        this.nextAttemptAt = nextAttemptAt;
    }

    public String getLeaseToken() {
        return leaseToken;
    }

    public void setLeaseToken(String leaseToken) {
        this.leaseToken = leaseToken;
    }

    public String getProviderAnswer() {
        return providerAnswer;
    }

    public void setProviderAnswer(String providerAnswer) {
        this.providerAnswer = providerAnswer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Instant finishedAt) {
        this.finishedAt = finishedAt;
    }
}
