package com.gongxuhui.demand.demand;

import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.trail.DemandTrail;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Stores demands and what their changes recorded: the row, then its trail steps, then its events, all in the
 * caller's transaction. Deliberately not {@code @Transactional}: a failed insert that the caller handles (a platform's
 * retry) must not mark that transaction rollback-only.
 */
@Component
public class DemandRepository {

    private final DemandMapper rows;
    private final DemandTrail trail;
    private final OutboxPublisher events;

    DemandRepository(DemandMapper rows, DemandTrail trail, OutboxPublisher events) {
        this.rows = rows;
        this.trail = trail;
        this.events = events;
    }

    /** Inserts a new demand; a duplicate platform id fails here, before anything is trailed or published. */
    public void add(Demand demand) {
        rows.insert(demand);
        demand.recordEntry();
        publishRecorded(demand);
    }

    /** Updates a changed demand, or 409 {@code CONCURRENT_UPDATE} when someone changed it since it was read. */
    public void save(Demand demand) {
        save(demand, () -> ProblemException.conflict("CONCURRENT_UPDATE"));
    }

    /** As {@link #save(Demand)}, with the problem that losing the race to another change means here. */
    public void save(Demand demand, Supplier<ProblemException> changedMeanwhile) {
        if (rows.updateById(demand) == 0) {
            throw changedMeanwhile.get();
        }
        publishRecorded(demand);
    }

    private void publishRecorded(Demand demand) {
        demand.takeRecordedSteps().forEach(step -> trail.append(demand.getId(), step.actor(), step.action(),
                step.before(), step.after()));
        demand.takeRecordedEvents().forEach(events::publish);
    }
}
