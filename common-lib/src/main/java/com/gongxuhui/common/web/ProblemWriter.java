package com.gongxuhui.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes a problem response from places that run before Spring MVC's exception handling: servlet filters
 * and the security entry points.
 */
public class ProblemWriter {

    private final Problems problems;
    private final ObjectMapper objectMapper;

    public ProblemWriter(Problems problems, ObjectMapper objectMapper) {
        this.problems = problems;
        this.objectMapper = objectMapper;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            Object... args) throws IOException {
        LocaleContextHolder.setLocale(RequestLocales.resolve(request));
        try {
            ProblemDetail problem = problems.problem(status, code, args);
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            objectMapper.writeValue(response.getOutputStream(), problem);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
