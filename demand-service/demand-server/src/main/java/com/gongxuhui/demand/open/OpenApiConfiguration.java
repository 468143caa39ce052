package com.gongxuhui.demand.open;

import com.gongxuhui.common.security.InternalToken;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration implements WebMvcConfigurer {

    private final String internalToken;

    OpenApiConfiguration(@Value("${gxh.internal.open-api-token:}") String internalToken) {
        this.internalToken = internalToken;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new OpenClientResolver(new InternalToken(internalToken)));
    }
}
