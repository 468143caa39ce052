package com.gongxuhui.org.staff;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One move of a staff member between centres of his institution. */
@TableName("staff_move")
public class StaffMove {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long accountId;
    private Long institutionId;
    private Long fromCentreId;
    private Long toCentreId;
    private Long movedBy;
    private Instant movedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Long getFromCentreId() {
        return fromCentreId;
    }

    public void setFromCentreId(Long fromCentreId) {
        this.fromCentreId = fromCentreId;
    }

    public Long getToCentreId() {
        return toCentreId;
    }

    public void setToCentreId(Long toCentreId) {
        this.toCentreId = toCentreId;
    }

    public Long getMovedBy() {
        return movedBy;
    }

    public void setMovedBy(Long movedBy) {
        this.movedBy = movedBy;
    }

    public Instant getMovedAt() {
        return movedAt;
    }

    public void setMovedAt(Instant movedAt) {
        this.movedAt = movedAt;
    }
}
