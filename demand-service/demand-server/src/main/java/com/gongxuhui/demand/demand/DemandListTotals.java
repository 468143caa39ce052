package com.gongxuhui.demand.demand;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.gongxuhui.common.crypto.Sha256;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The total of a demand list without a {@code COUNT(*)} per request (architecture.md: the count made the busiest
 * screen ten times slower). Totals are cached in Redis under the list's conditions and a generation that every
 * committed write to the demand table advances ({@link DemandWrites}), so a cached total is never older than
 * the last change: between changes, every page of every tab with the same conditions shares one count.
 * Without Redis the list simply counts.
 */
@Component
public class DemandListTotals {

    private static final Logger log = LoggerFactory.getLogger(DemandListTotals.class);
    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final Object BUMP_REGISTERED = new Object();

    private final StringRedisTemplate redis;
    private final String generationKey;
    private final String totalKeyPrefix;

    /** Keys carry the environment's prefix (per test run), so runs sharing a Redis never share totals. */
    public DemandListTotals(StringRedisTemplate redis, @Value("${gxh.events.topic-prefix:}") String environment) {
        this.redis = redis;
        this.generationKey = environment + "demand:list:generation";
        this.totalKeyPrefix = environment + "demand:list:total:";
    }

    /** The number of demands {@code conditions} select (before ordering), cached for the current generation. */
    long total(LambdaQueryWrapper<Demand> conditions, LongSupplier count) {
        try {
            String generation = redis.opsForValue().get(generationKey);
            String key = totalKeyPrefix + (generation == null ? "0" : generation) + ":" + fingerprint(conditions);
            String cached = redis.opsForValue().get(key);
            if (cached != null) {
                return Long.parseLong(cached);
            }
            long total = count.getAsLong();
            redis.opsForValue().set(key, Long.toString(total), KEEP);
            return total;
        } catch (DataAccessException redisDown) {
            log.warn("Demand list totals uncached: {}", redisDown.getMessage());
            return count.getAsLong();
        }
    }

    /** A demand row changed: once the transaction commits, every cached total is stale. */
    void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            advance();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(BUMP_REGISTERED)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(BUMP_REGISTERED, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResource(BUMP_REGISTERED);
                if (status == STATUS_COMMITTED) {
                    advance();
                }
            }
        });
    }

    private void advance() {
        try {
            redis.opsForValue().increment(generationKey);
        } catch (DataAccessException redisDown) {
            // nothing cached can be read without Redis either
            log.warn("Demand list generation not advanced: {}", redisDown.getMessage());
        }
    }

    private static String fingerprint(LambdaQueryWrapper<Demand> conditions) {
        Map<String, Object> parameters = new TreeMap<>(conditions.getParamNameValuePairs());
        return Sha256.hex(conditions.getCustomSqlSegment() + "|" + parameters);
    }
}
