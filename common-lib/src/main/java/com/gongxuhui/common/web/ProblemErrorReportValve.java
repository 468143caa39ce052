package com.gongxuhui.common.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error report, for what Tomcat refuses before Spring sees the request (an encoded null in the
 * path, an encoded slash, a malformed request line): a problem body like every other 4xx instead of Tomcat's
 * HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

    private static final Map<Integer, String> CODES = Map.of(
            404, "NOT_FOUND",
            405, "METHOD_NOT_ALLOWED",
            415, "UNSUPPORTED_MEDIA_TYPE");

    private final ProblemWriter problemWriter;

    public ProblemErrorReportValve(ProblemWriter problemWriter) {
        this.problemWriter = problemWriter;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // the same conditions as Tomcat's report: an error that nothing has answered yet, on a usable connection
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus httpStatus = HttpStatus.resolve(status);
        String code = status >= 500 ? "INTERNAL_ERROR" : CODES.getOrDefault(status, "BAD_REQUEST");
        try {
            problemWriter.write(request, response, httpStatus == null ? HttpStatus.BAD_REQUEST : httpStatus, code);
            response.finishResponse();
        } catch (IOException | RuntimeException e) {
            log.debug("Could not write the problem body of a {} Tomcat answered itself", status, e);
        }
    }
}
