package com.gongxuhui.demand.api;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What enterprise-service asks demand-service for an enterprise's detail page. The caller's token is forwarded,
 * so the answer holds only the demands he may see. In local and test profiles {@code gxh.clients.demand-url}
 * names the service; in production it is empty and the name resolves through Nacos.
 */
@FeignClient(name = "demand-service", contextId = "demandActivityClient", url = "${gxh.clients.demand-url:}")
public interface DemandActivityClient {

    @GetMapping("/internal/enterprises/{enterpriseId}/demand-activity")
    EnterpriseDemandActivity activity(@PathVariable("enterpriseId") long enterpriseId);
}
