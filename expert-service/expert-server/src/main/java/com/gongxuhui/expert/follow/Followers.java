package com.gongxuhui.expert.follow;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.expert.api.ExpertFollowed;
import com.gongxuhui.expert.expert.Expert;
import com.gongxuhui.expert.expert.ExpertMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows the official account (table {@code official_account_follower}) and which expert each follower is.
 * WeChat reports a follower by his official-account openid; the expert is known by the unionid his mini-program
 * login gave, so a follower is linked when both are known, whichever comes first. Each change of an expert's
 * following publishes {@link ExpertFollowed}; an event that changes nothing (WeChat repeats an event it got no
 * quick answer to, and may deliver late) publishes nothing.
 */
@Service
public class Followers {

    /** Events reported by WeChat name no account of ours. */
    private static final Actor WECHAT = new Actor(null, "wechat");

    private final JdbcTemplate jdbc;
    private final ExpertMapper experts;
    private final OutboxPublisher events;
    private final Clock clock;

    Followers(JdbcTemplate jdbc, ExpertMapper experts, OutboxPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.experts = experts;
        this.events = events;
        this.clock = clock;
    }

    /** The follower as recorded, or null when WeChat never reported him. */
    Follower find(String openid) {
        return jdbc.query("SELECT openid, union_id, expert_id, following, last_event_at FROM official_account_follower "
                + "WHERE openid = ?", Follower.ROWS, openid).stream().findFirst().orElse(null);
    }

    /**
     * Applies WeChat's follow ({@code following}) or unfollow event of {@code createTime} (WeChat's seconds) for
     * {@code openid}, whose unionid the caller resolved (null when unknown). Nothing happens when the recorded
     * state already is that one or came from a later event, including when a concurrent copy of the same event
     * got there first.
     */
    @Transactional
    public void apply(String openid, String unionId, boolean following, long createTime) {
        Instant now = clock.instant();
        Follower known = find(openid);
        if (known != null && !known.changedBy(following, createTime)) {
            return;
        }
        Long expertId = known != null && known.expertId() != null ? known.expertId() : expertWithUnionId(unionId);
        if (known == null) {
            int inserted = jdbc.update("INSERT IGNORE INTO official_account_follower "
                    + "(openid, union_id, expert_id, following, last_event_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    openid, unionId, expertId, following, createTime, Timestamp.from(now));
            if (inserted == 0) {
                return;
            }
        } else if (jdbc.update("UPDATE official_account_follower SET following = ?, last_event_at = ?, "
                + "union_id = COALESCE(union_id, ?), expert_id = ?, updated_at = ? "
                + "WHERE openid = ? AND following <> ? AND last_event_at <= ?",
                following, createTime, unionId, expertId, Timestamp.from(now), openid, following, createTime) == 0) {
            return;
        }
        if (expertId != null) {
            setFollowing(expertId, openid, following, now);
        }
    }

    /**
     * After an expert's login: remembers his WeChat identities (a unionid belongs to one person, so it leaves any
     * other expert record) and links the followers with his unionid that were still waiting for him.
     */
    @Transactional
    public void recordLogin(Expert expert, String miniProgramOpenid, String unionId) {
        long expertId = expert.getId();
        jdbc.update("UPDATE expert SET mini_program_openid = ?, union_id = COALESCE(?, union_id) WHERE id = ?",
                miniProgramOpenid, unionId, expertId);
        if (unionId == null) {
            return;
        }
        jdbc.update("UPDATE expert SET union_id = NULL WHERE union_id = ? AND id <> ?", unionId, expertId);
        List<Follower> waiting = jdbc.query("SELECT openid, union_id, expert_id, following, last_event_at "
                + "FROM official_account_follower WHERE union_id = ? AND expert_id IS NULL", Follower.ROWS, unionId);
        Instant now = clock.instant();
        for (Follower follower : waiting) {
            jdbc.update("UPDATE official_account_follower SET expert_id = ?, updated_at = ? WHERE openid = ?",
                    expertId, Timestamp.from(now), follower.openid());
            setFollowing(expertId, follower.openid(), follower.following(), now);
        }
    }

    private Long expertWithUnionId(String unionId) {
        if (unionId == null) {
            return null;
        }
        return jdbc.queryForList("SELECT id FROM expert WHERE union_id = ?", Long.class, unionId).stream()
                .findFirst().orElse(null);
    }

    /** Records the expert's following and publishes it, if it is a change. */
    private void setFollowing(long expertId, String openid, boolean following, Instant now) {
        // version moves on so that an edit of the expert read before this change cannot write the old state back
        int changed = jdbc.update("UPDATE expert SET follows_official_account = ?, version = version + 1, "
                + "updated_at = ? WHERE id = ? AND follows_official_account <> ?", following, Timestamp.from(now),
                expertId, following);
        if (changed == 1) {
            Expert expert = experts.selectById(expertId);
            events.publish(new ExpertFollowed(UUID.randomUUID(), now, WECHAT, Long.toString(expertId),
                    expert.coordinates(), expertId, openid, following));
        }
    }
}
