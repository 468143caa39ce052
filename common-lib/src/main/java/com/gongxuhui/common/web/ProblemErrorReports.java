package com.gongxuhui.common.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemErrorReportValve} in place of Tomcat's error report valve. Runs after Spring Boot's own
 * customizer, which adds a plain {@link ErrorReportValve} to the host; that one is taken out again.
 */
class ProblemErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ProblemWriter problemWriter;

    ProblemErrorReports(ProblemWriter problemWriter) {
        this.problemWriter = problemWriter;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline hostPipeline = context.getParent().getPipeline();
            for (Valve valve : hostPipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    hostPipeline.removeValve(valve);
                }
            }
            // named as the host's error report valve, so that the host does not add Tomcat's when it starts
            ((StandardHost) context.getParent()).setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            hostPipeline.addValve(new ProblemErrorReportValve(problemWriter));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
