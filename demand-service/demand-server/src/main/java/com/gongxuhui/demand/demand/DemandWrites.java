package com.gongxuhui.demand.demand;

import java.util.Properties;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.springframework.stereotype.Component;

/**
 * Sees every insert, update and delete through {@link DemandMapper}, whichever service issues it, and tells
 * {@link DemandListTotals}: one place, so a new write path cannot forget to invalidate the cached totals.
 */
@Component
@Intercepts(@Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}))
class DemandWrites implements Interceptor {

    private static final String DEMAND_STATEMENTS = DemandMapper.class.getName() + ".";

    private final DemandListTotals totals;

    DemandWrites(DemandListTotals totals) {
        this.totals = totals;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Object result = invocation.proceed();
        MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
        if (statement.getId().startsWith(DEMAND_STATEMENTS)) {
            totals.changed();
        }
        return result;
    }

    @Override
    public void setProperties(Properties properties) {
        // no properties
    }
}
