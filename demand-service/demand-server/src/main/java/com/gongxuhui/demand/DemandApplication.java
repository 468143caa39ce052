package com.gongxuhui.demand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** demand-service: Demands and their whole lifecycle: submission, review, the demand pool, follow-ups, pushes to experts, projects, vouchers and the trail. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DemandApplication {

    public static void main(String[] args) {
        SpringApplication.run(DemandApplication.class, args);
    }
}
