package com.gongxuhui.common.peer;

import feign.Capability;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Calls to our other services: Feign's timeouts (gxh-defaults.yml) and a circuit breaker per called service. */
@AutoConfiguration
@ConditionalOnClass({Capability.class, com.alibaba.csp.sentinel.SphU.class})
@EnableConfigurationProperties(PeerCallProperties.class)
public class PeerCallsAutoConfiguration {

    @Bean
    PeerCircuitBreakers peerCircuitBreakers(PeerCallProperties properties) {
        return new PeerCircuitBreakers(properties);
    }
}
