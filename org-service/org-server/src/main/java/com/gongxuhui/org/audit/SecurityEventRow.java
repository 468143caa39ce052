package com.gongxuhui.org.audit;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.gongxuhui.common.security.SecurityEvent;
import java.time.Instant;

/** A stored {@link SecurityEvent}. */
@TableName("security_event")
public class SecurityEventRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Instant occurredAt;
    private SecurityEvent.Kind kind;
    private String service;
    private String subject;
    private Long accountId;
    private String clientAddress;
    private String detail;

    static SecurityEventRow of(SecurityEvent event) {
        SecurityEventRow row = new SecurityEventRow();
        row.occurredAt = event.occurredAt();
        row.kind = event.kind();
        row.service = event.service();
        row.subject = event.subject();
        row.accountId = event.accountId();
        row.clientAddress = event.clientAddress();
        row.detail = event.detail();
        return row;
    }

    SecurityEventView view() {
        return new SecurityEventView(id, occurredAt, kind, service, subject, accountId, clientAddress, detail);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public SecurityEvent.Kind getKind() {
        return kind;
    }

    public void setKind(SecurityEvent.Kind kind) {
        this.kind = kind;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }
}
