package com.gongxuhui.expert;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** expert-service: Experts, their achievements and technologies, subscriptions and the WeChat side. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ExpertApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExpertApplication.class, args);
    }
}
