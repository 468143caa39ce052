package com.gongxuhui.expert;

import com.gongxuhui.expert.login.OrgExpertLoginClient;
import com.gongxuhui.org.api.region.RegionClient;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** expert-service: Experts, their achievements and technologies, subscriptions and the WeChat side. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableFeignClients(clients = {RegionClient.class, OrgExpertLoginClient.class})
public class ExpertApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExpertApplication.class, args);
    }
}
