package com.gongxuhui.org.dingtalk;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface DingTalkInvitationMapper extends BaseMapper<DingTalkInvitation> {

    /**
     * Invitations whose next step is due: to be sent (PENDING) or to be checked (INVITED), of enabled accounts only
     * (a disabled account is not added to the organisation; his invitation waits until he is enabled again).
     */
    @Select("""
            SELECT i.* FROM dingtalk_invitation i JOIN account a ON a.id = i.account_id
            WHERE i.status IN ('PENDING', 'INVITED') AND (i.next_attempt_at IS NULL OR i.next_attempt_at <= #{now})
            AND a.status = 'ENABLED'
            ORDER BY i.next_attempt_at, i.account_id LIMIT #{limit}""")
    List<DingTalkInvitation> due(@Param("now") Instant now, @Param("limit") int limit);
}
