package com.gongxuhui.expert.api;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Questions demand-service asks expert-service while a broker pushes a demand. The caller's token is
 * forwarded and decides what is visible: an expert of another institution answers 404, so nobody pushes to
 * experts his institution does not maintain. In local and test profiles {@code gxh.clients.expert-url} names
 * the service's address; in production it is empty and the name resolves through Nacos.
 */
@FeignClient(name = "expert-service", contextId = "expertDirectoryClient", url = "${gxh.clients.expert-url:}")
public interface ExpertDirectoryClient {

    @GetMapping("/internal/experts/{id}")
    ExpertSummary expert(@PathVariable("id") long id);
}
