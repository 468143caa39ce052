package com.gongxuhui.notify.directory;

import com.gongxuhui.expert.api.ExpertCreated;
import com.gongxuhui.expert.api.ExpertFollowed;
import com.gongxuhui.expert.api.ExpertSubscribed;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The experts of expert-service as its events describe them ({@code known_expert}, {@code expert_subscription}).
 * The events may arrive in any order (a follow before the creation), so each one writes only its own columns.
 */
@Service
public class Experts {

    private final JdbcTemplate jdbc;

    public Experts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void created(ExpertCreated event) {
        jdbc.update("INSERT INTO known_expert (expert_id, name, phone, institution_id) VALUES (?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE name = ?, phone = ?, institution_id = ?",
                event.expertId(), event.name(), event.phone(), event.institutionId(),
                event.name(), event.phone(), event.institutionId());
    }

    public void followed(ExpertFollowed event) {
        jdbc.update("INSERT INTO known_expert (expert_id, name, open_id, following) VALUES (?, '', ?, ?) "
                        + "ON DUPLICATE KEY UPDATE open_id = ?, following = ?",
                event.expertId(), event.officialAccountOpenId(), event.following(),
                event.officialAccountOpenId(), event.following());
    }

    /** Keeps the latest whole set: the event carries all of the expert's fields each time. */
    public void subscribed(ExpertSubscribed event) {
        jdbc.update("DELETE FROM expert_subscription WHERE expert_id = ?", event.expertId());
        List<Object[]> rows = event.fieldCodes().stream().distinct()
                .map(field -> new Object[] {event.expertId(), field}).toList();
        jdbc.batchUpdate("INSERT INTO expert_subscription (expert_id, field_code) VALUES (?, ?)", rows);
    }

    public Optional<KnownExpert> find(long expertId) {
        return jdbc.query("SELECT expert_id, name, phone, open_id, following FROM known_expert WHERE expert_id = ?",
                (rs, n) -> new KnownExpert(rs.getLong("expert_id"), rs.getString("name"), rs.getString("phone"),
                        rs.getString("open_id"), rs.getBoolean("following")), expertId).stream().findFirst();
    }
}
