package com.gongxuhui.org.dingtalk;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DingTalkBindingMapper extends BaseMapper<DingTalkBinding> {

    /** Removes whatever ties either side to someone else: the account's old DingTalk user, the user's old account. */
    @Delete("DELETE FROM dingtalk_binding WHERE account_id = #{accountId} OR dingtalk_user_id = #{dingtalkUserId}")
    void unbind(@Param("accountId") long accountId, @Param("dingtalkUserId") String dingtalkUserId);
}
