package com.gongxuhui.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.common.security.ClientAddress;
import com.gongxuhui.common.time.ProvinceTime;
import feign.RequestInterceptor;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/** Problem responses, locale, request ids and body limits, the same in every service. */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration")
public class WebAutoConfiguration {

    /** A service's own {@code messages/messages*.properties} (its codes and texts), then the common problems. */
    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames("classpath:messages/messages", "classpath:messages/common-problems");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /**
     * {@code @PastOrPresent}, {@code @Future} and the like compare with the province's date: a contract signed today
     * in Zhejiang is not "in the future" because the server's zone is still at yesterday.
     */
    @Bean
    ValidationConfigurationCustomizer provinceDateForValidation() {
        return configuration -> configuration.clockProvider(ProvinceTime::clock);
    }

    @Bean
    LocaleResolver localeResolver() {
        return RequestLocales.resolver();
    }

    @Bean
    Problems problems(MessageSource messageSource) {
        return new Problems(messageSource);
    }

    @Bean
    ProblemHandler problemHandler(Problems problems) {
        return new ProblemHandler(problems);
    }

    @Bean
    ProblemWriter problemWriter(Problems problems, ObjectMapper objectMapper) {
        return new ProblemWriter(problems, objectMapper);
    }

    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
    ProblemErrorReports problemErrorReports(ProblemWriter problemWriter) {
        return new ProblemErrorReports(problemWriter);
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(ProblemWriter problemWriter,
            @Value("${gxh.web.max-json-body:1MB}") DataSize maxJsonBody) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxJsonBody.toBytes(), problemWriter));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * A call from one service to another carries the caller's token, his address (the peer records a refused
     * reference against the client, not against this service) and the request id along.
     */
    @Bean
    @ConditionalOnClass(RequestInterceptor.class)
    RequestInterceptor forwardCallerContext() {
        return template -> {
            String requestId = MDC.get(RequestIdFilter.MDC_KEY);
            if (requestId != null) {
                template.header(RequestIdFilter.HEADER, requestId);
            }
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                HttpServletRequest request = attributes.getRequest();
                String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
                if (authorization != null) {
                    template.header(HttpHeaders.AUTHORIZATION, authorization);
                }
                template.header(ClientAddress.HEADER, ClientAddress.of(request));
            }
        };
    }
}
