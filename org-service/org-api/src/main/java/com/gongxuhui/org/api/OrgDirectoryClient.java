package com.gongxuhui.org.api;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Questions other services ask org-service at the moment of a command (e.g. an institution's current minimum
 * fee ratio). The caller's token is forwarded, so org-service knows who asks. In local and test profiles
 * {@code gxh.clients.org-url} names the service's address; in production it is empty and the name resolves
 * through Nacos.
 */
@FeignClient(name = "org-service", contextId = "orgDirectoryClient", url = "${gxh.clients.org-url:}")
public interface OrgDirectoryClient {

    @GetMapping("/internal/institutions/{id}")
    InstitutionSummary institution(@PathVariable("id") long id);

    @GetMapping("/internal/centres/{id}")
    CentreSummary centre(@PathVariable("id") long id);

    @GetMapping("/internal/staff/{accountId}")
    StaffSummary staff(@PathVariable("accountId") long accountId);
}
