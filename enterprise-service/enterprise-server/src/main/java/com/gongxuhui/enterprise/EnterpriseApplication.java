package com.gongxuhui.enterprise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** enterprise-service: Enterprises, the business-registration lookup, contacts and visits. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnterpriseApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnterpriseApplication.class, args);
    }
}
