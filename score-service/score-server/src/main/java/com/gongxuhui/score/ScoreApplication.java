package com.gongxuhui.score;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** score-service: The contribution-point ledger, its rules and the performance-monitoring read models fed by the other services' events. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScoreApplication {

    public static void main(String[] args) {
        SpringApplication.run(ScoreApplication.class, args);
    }
}
