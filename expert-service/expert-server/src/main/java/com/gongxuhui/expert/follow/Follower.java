package com.gongxuhui.expert.follow;

import org.springframework.jdbc.core.RowMapper;

/**
 * A row of {@code official_account_follower}: an official-account openid, the unionid WeChat gave for it, the
 * expert it is linked to (null until known), whether he follows now and WeChat's time of the event that said so.
 */
record Follower(String openid, String unionId, Long expertId, boolean following, long lastEventAt) {

    static final RowMapper<Follower> ROWS = (rs, row) -> new Follower(rs.getString("openid"), rs.getString("union_id"),
            rs.getObject("expert_id", Long.class), rs.getBoolean("following"), rs.getLong("last_event_at"));

    /** Whether an event of WeChat's {@code createTime} saying {@code following} changes this follower. */
    boolean changedBy(boolean following, long createTime) {
        return following != this.following && createTime >= lastEventAt;
    }
}
