package com.gongxuhui.org.api.region;

import java.time.LocalDate;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Regions as other services ask org-service for them, mostly to scope data to a bureau manager's region. The
 * caller's token is forwarded. In local and test profiles {@code gxh.clients.org-url} names org-service's address.
 * In production it is left empty on purpose: only an empty url makes OpenFeign resolve the name
 * {@code org-service} through the load balancer (Nacos); any url, even {@code http://org-service}, is called
 * directly, bypassing the load balancer.
 */
@FeignClient(name = "org-service", contextId = "regionClient", url = "${gxh.clients.org-url:}")
public interface RegionClient {

    /**
     * The codes of the region and of every region under it; 404 {@code REGION_NOT_FOUND} for an unknown code. Kept a
     * few minutes by the caller (common-lib's ReferenceDataCaching): regions change only with org-service's releases.
     */
    @Cacheable("region-descendants")
    @GetMapping("/internal/regions/{code}/descendants")
    List<String> descendants(@PathVariable("code") String code);

    /** The region with its ancestors; for a county its mountain-county membership on {@code date} (null: today). */
    @GetMapping("/api/regions/{code}")
    RegionDetail region(@PathVariable("code") String code,
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date);
}
