package com.gongxuhui.common.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A business rule refused the request. The {@code code} is stable (clients switch on it); the message is
 * looked up as {@code problem.<code>} in the service's message bundles, with {@code args} filled in.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, String code, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
    }

    public static ProblemException notFound(String code, Object... args) {
        return new ProblemException(HttpStatus.NOT_FOUND, code, args);
    }

    public static ProblemException badRequest(String code, Object... args) {
        return new ProblemException(HttpStatus.BAD_REQUEST, code, args);
    }

    public static ProblemException conflict(String code, Object... args) {
        return new ProblemException(HttpStatus.CONFLICT, code, args);
    }

    public static ProblemException forbidden(String code, Object... args) {
        return new ProblemException(HttpStatus.FORBIDDEN, code, args);
    }

    public static ProblemException unauthorized(String code, Object... args) {
        return new ProblemException(HttpStatus.UNAUTHORIZED, code, args);
    }

    /** An extra member of the problem body a client acts on, e.g. the id of the record that already exists. */
    public ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }
}
