package com.gongxuhui.common.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds RFC 9457 problem responses: a stable {@code code}, a title and detail in the caller's language
 * (messages {@code problem.<CODE>} in the bundles), and for validation the failing fields.
 */
public class Problems {

    private static final String TYPE_PREFIX = "https://gongxuhui.zj.cn/problems/";

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(HttpStatusCode status, String code, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(message("problem.title." + status.value(), locale, status.toString()));
        problem.setDetail(message("problem." + code, locale, code, args));
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail validation(String code, List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatusCode.valueOf(400), code);
        problem.setProperty("errors", errors);
        return problem;
    }

    public ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    public String message(String key, Locale locale, String fallback, Object... args) {
        return messages.getMessage(key, args, fallback, locale);
    }
}
