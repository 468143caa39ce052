package com.gongxuhui.enterprise.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

/**
 * Looks enterprises up in the business registry, through a Redis cache shared by all instances. Found
 * enterprises are cached (a day by default) under the keyword asked and under the registered name and credit
 * code, so that confirming a lookup (which asks again by name) and a later lookup by the other key cost no
 * second call. "Not found" is cached for a shorter while (an hour by default): the enterprise may be registered
 * tomorrow, but the same wrong name asked again should not cost another call. What the cache cannot answer is
 * a paid call, charged to the asking account's daily {@link LookupQuota}.
 */
@Service
public class BusinessRegistry {

    private static final Logger log = LoggerFactory.getLogger(BusinessRegistry.class);
    private static final String KEY_PREFIX = "registry:enterprise:";
    private static final String NOT_FOUND_PREFIX = "registry:not-registered:";

    private final RegistryApi api;
    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final RegistryProperties properties;
    private final LookupQuota quota;

    BusinessRegistry(RegistryApi api, StringRedisTemplate redis, ObjectMapper json, RegistryProperties properties,
            LookupQuota quota) {
        this.api = api;
        this.redis = redis;
        this.json = json;
        this.properties = properties;
        this.quota = quota;
    }

    /**
     * The enterprise with this full name or credit code, or empty when the registry knows none.
     *
     * @throws RegistryProblem when the registry cannot answer now
     * @throws ProblemException 429 {@code REGISTRY_QUOTA_EXCEEDED} when the asker has used up today's lookups
     */
    public Optional<RegisteredEnterprise> find(String keyword, CurrentUser asker) {
        String normalised = normalise(keyword);
        Optional<RegisteredEnterprise> cached = cached(normalised);
        if (cached.isPresent() || Boolean.TRUE.equals(redis.hasKey(NOT_FOUND_PREFIX + normalised))) {
            return cached;
        }
        if (!properties.hasToken()) {
            throw RegistryProblem.unavailable("gxh.registry.token is not configured");
        }
        quota.charge(asker);
        RegistryAnswer answer = api.baseInfo(normalised);
        if (answer.notFound()) {
            redis.opsForValue().set(NOT_FOUND_PREFIX + normalised, "1", properties.notFoundCacheFor());
            return Optional.empty();
        }
        if (answer.rateLimited()) {
            throw RegistryProblem.rateLimited(answer.describe());
        }
        if (!answer.found()) {
            throw RegistryProblem.unavailable(answer.describe());
        }
        RegisteredEnterprise found = RegisteredEnterprise.of(answer.result());
        remember(found, normalised);
        return Optional.of(found);
    }

    /**
     * One spelling per keyword, for the cache and the provider: no spaces (users paste names with stray ones),
     * full-width brackets as registered names write them (有限公司（杭州）), and a credit code in capitals.
     */
    static String normalise(String keyword) {
        String compact = keyword.replaceAll("[\\s\\u3000]+", "").replace('(', '（').replace(')', '）');
        return compact.matches("[0-9A-Za-z]{18}") ? compact.toUpperCase(Locale.ROOT) : compact;
    }

    private Optional<RegisteredEnterprise> cached(String keyword) {
        String value = redis.opsForValue().get(KEY_PREFIX + keyword);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(value, RegisteredEnterprise.class));
        } catch (JsonProcessingException unreadable) {
            log.warn("Dropping an unreadable cached registry answer for {}: {}", keyword, unreadable.getMessage());
            redis.delete(KEY_PREFIX + keyword);
            return Optional.empty();
        }
    }

    private void remember(RegisteredEnterprise found, String keyword) {
        String value;
        try {
            value = json.writeValueAsString(found);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A registry answer that cannot be written as JSON", e);
        }
        Stream.of(keyword, found.name(), found.uscc()).filter(key -> key != null && !key.isBlank())
                .map(BusinessRegistry::normalise).distinct()
                .forEach(key -> redis.opsForValue().set(KEY_PREFIX + key, value, properties.cacheFor()));
    }
}
