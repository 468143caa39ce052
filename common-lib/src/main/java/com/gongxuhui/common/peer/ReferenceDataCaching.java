package com.gongxuhui.common.peer;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cache.annotation.EnableCaching;

/**
 * Reference data that a service asks of its owner (a region's descendants, {@code @Cacheable} on the owner's
 * {@code *-api} client) is the same for every caller and changes only with a release of its owner, so each instance
 * keeps it for a few minutes (gxh-defaults.yml: {@code spring.cache}). Without it a bureau manager's every list and
 * every visibility check was a call to org-service.
 */
@AutoConfiguration
@ConditionalOnClass(Caffeine.class)
@EnableCaching
public class ReferenceDataCaching {
}
