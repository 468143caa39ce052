package com.gongxuhui.demand.demand;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.support.SFunction;
import java.util.Arrays;

/**
 * The order of a demand list ({@code sort=field,direction}, newest submission first by default), the id breaking
 * ties, and where a keyset page ({@code after}) starts in it.
 */
record DemandOrder(Field field, boolean ascending) {

    /** The fields a list sorts by. The deadline is optional: MariaDB puts demands without one first ascending. */
    enum Field {
        SUBMITTED_AT("submittedAt", Demand::getSubmittedAt, false),
        UPDATED_AT("updatedAt", Demand::getUpdatedAt, false),
        DEADLINE("deadline", Demand::getDeadline, true);

        private final String name;
        private final SFunction<Demand, ?> column;
        private final boolean optional;

        Field(String name, SFunction<Demand, ?> column, boolean optional) {
            this.name = name;
            this.column = column;
            this.optional = optional;
        }

        static Field named(String name) {
            return Arrays.stream(values()).filter(field -> field.name.equals(name)).findFirst().orElseThrow();
        }
    }

    /** {@code sort} as {@link DemandSearch} validated it. */
    static DemandOrder of(String sort) {
        if (sort == null) {
            return new DemandOrder(Field.SUBMITTED_AT, false);
        }
        String[] parts = sort.split(",");
        return new DemandOrder(Field.named(parts[0]), parts.length > 1 && parts[1].equals("asc"));
    }

    boolean isBySubmission() {
        return field == Field.SUBMITTED_AT;
    }

    void applyTo(LambdaQueryWrapper<Demand> query) {
        query.orderBy(true, ascending, field.column).orderBy(true, ascending, Demand::getId);
    }

    /** Keeps the demands that come after {@code last} in this order (nulls first ascending, last descending). */
    void startAfter(LambdaQueryWrapper<Demand> query, Demand last) {
        SFunction<Demand, ?> column = field.column;
        Object value = column.apply(last);
        long id = last.getId();
        query.and(q -> {
            if (value == null && ascending) {
                q.isNull(column).gt(Demand::getId, id).or().isNotNull(column);
            } else if (value == null) {
                q.isNull(column).lt(Demand::getId, id);
            } else if (ascending) {
                q.gt(column, value).or(tie -> tie.eq(column, value).gt(Demand::getId, id));
            } else {
                q.lt(column, value).or(tie -> tie.eq(column, value).lt(Demand::getId, id))
                        .or(field.optional).isNull(field.optional, column);
            }
        });
    }
}
