package com.gongxuhui.common.provider;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The shared access-token cache of outside providers, for the services that call DingTalk or WeChat. */
@AutoConfiguration
public class ProviderAccessTokensAutoConfiguration {

    /**
     * Keys carry the environment's prefix (per test run in tests), as the demand list totals' do; in production it
     * is empty, so every service using the same app id shares one token.
     */
    @Bean
    @ConditionalOnMissingBean
    ProviderAccessTokens providerAccessTokens(StringRedisTemplate redis,
            @Value("${gxh.events.topic-prefix:}") String environment,
            @Value("${gxh.provider-tokens.renewal-margin:5m}") Duration renewalMargin,
            @Value("${gxh.provider-tokens.local-life:30s}") Duration localLife) {
        return new ProviderAccessTokens(redis, environment, renewalMargin, localLife);
    }
}
