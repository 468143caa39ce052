package com.gongxuhui.demand.open;

import com.gongxuhui.common.security.InternalToken;
import com.gongxuhui.common.web.ProblemException;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives an open-API handler its {@link OpenClient}. The platform's signature is checked at the gateway,
 * which then forwards who the platform is in {@code X-Open-*} headers with the open-API credential; a request
 * without that token (not through the gateway, or forged) is refused here, so the headers cannot be
 * believed on their own.
 */
class OpenClientResolver implements HandlerMethodArgumentResolver {

    static final String APP_KEY = "X-Open-App-Key";
    static final String PLATFORM = "X-Open-Platform";
    static final String REGION = "X-Open-Region";

    private final InternalToken internalToken;

    OpenClientResolver(InternalToken internalToken) {
        this.internalToken = internalToken;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == OpenClient.class;
    }

    @Override
    public OpenClient resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String platform = request.getHeader(PLATFORM);
        String region = request.getHeader(REGION);
        if (!internalToken.matches(request.getHeader(InternalToken.HEADER)) || !StringUtils.hasText(platform)
                || !StringUtils.hasText(region)) {
            throw ProblemException.unauthorized("OPEN_CLIENT_UNTRUSTED");
        }
        return new OpenClient(request.getHeader(APP_KEY), platform, region);
    }
}
