package com.gongxuhui.local;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %service} in the log pattern of the services hosted together ({@code gxh-local-logback.xml}): the name of the
 * service whose class loader the logging thread runs with. The services share one Logback (a shared library), which
 * Spring Boot configures once, with the first service's {@code spring.application.name}.
 */
public class ServiceName extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return ServiceHost.nameOf(Thread.currentThread().getContextClassLoader());
    }
}
