package com.gongxuhui.org.dingtalk;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/**
 * Which DingTalk user an account is: recorded at DingTalk login, so that DingTalk messages (work notifications,
 * invitations) can be addressed by DingTalk's userid. One DingTalk user per account and one account per
 * DingTalk user.
 */
@TableName("dingtalk_binding")
public class DingTalkBinding {

    @TableId(type = IdType.INPUT)
    private Long accountId;
    private String dingtalkUserId;
    private Instant boundAt;

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getDingtalkUserId() {
        return dingtalkUserId;
    }

    public void setDingtalkUserId(String dingtalkUserId) {
        this.dingtalkUserId = dingtalkUserId;
    }

    public Instant getBoundAt() {
        return boundAt;
    }

    public void setBoundAt(Instant boundAt) {
        this.boundAt = boundAt;
    }
}
