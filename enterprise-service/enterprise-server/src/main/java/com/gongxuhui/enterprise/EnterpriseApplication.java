package com.gongxuhui.enterprise;

import com.gongxuhui.demand.api.DemandActivityClient;
import com.gongxuhui.org.api.region.RegionClient;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** enterprise-service: Enterprises, the business-registration lookup, contacts and visits. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableFeignClients(clients = {RegionClient.class, DemandActivityClient.class})
public class EnterpriseApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnterpriseApplication.class, args);
    }
}
