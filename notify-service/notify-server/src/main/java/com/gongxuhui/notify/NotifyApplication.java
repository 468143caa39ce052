package com.gongxuhui.notify;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The delivery worker polls and the local digest cron fires on Spring's scheduler. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NotifyApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotifyApplication.class, args);
    }
}
