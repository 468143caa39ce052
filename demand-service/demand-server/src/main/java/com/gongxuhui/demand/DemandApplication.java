package com.gongxuhui.demand;

import com.gongxuhui.enterprise.api.EnterpriseDirectoryClient;
import com.gongxuhui.expert.api.ExpertDirectoryClient;
import com.gongxuhui.org.api.OrgDirectoryClient;
import com.gongxuhui.org.api.region.RegionClient;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableFeignClients(clients = {OrgDirectoryClient.class, RegionClient.class, ExpertDirectoryClient.class,
        EnterpriseDirectoryClient.class})
public class DemandApplication {

    public static void main(String[] args) {
        SpringApplication.run(DemandApplication.class, args);
    }
}
