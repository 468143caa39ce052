package com.gongxuhui.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The platform speaks Chinese unless the caller asks for English. */
public final class RequestLocales {

    private static final AcceptHeaderLocaleResolver RESOLVER = resolver();

    private RequestLocales() {
    }

    public static AcceptHeaderLocaleResolver resolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return resolver;
    }

    public static Locale resolve(HttpServletRequest request) {
        return RESOLVER.resolveLocale(request);
    }
}
