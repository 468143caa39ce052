package com.gongxuhui.enterprise.api;

import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Questions other services ask enterprise-service while serving a signed-in user (demand-service: the enterprise
 * of a demand and its contacts). The caller's token is forwarded. In local and test profiles
 * {@code gxh.clients.enterprise-url} names the service's address; in production it is empty on purpose, so that
 * the name {@code enterprise-service} resolves through the load balancer (Nacos).
 */
@FeignClient(name = "enterprise-service", contextId = "enterpriseDirectoryClient", url = "${gxh.clients.enterprise-url:}")
public interface EnterpriseDirectoryClient {

    /**
     * The enterprise with its contacts; 404 {@code ENTERPRISE_NOT_FOUND} for an unknown id and for one the caller may
     * not see (a security event there: ask this for an enterprise the caller names, a demand's).
     */
    @GetMapping("/internal/enterprises/{id}")
    EnterpriseSummary enterprise(@PathVariable("id") long id);

    /**
     * Those of the enterprises the caller may see, the others left out and nobody refused: for a card shown to
     * whoever may see it (at most 100 ids).
     */
    @GetMapping("/internal/enterprises")
    List<EnterpriseSummary> visible(@RequestParam("ids") List<Long> ids);
}
