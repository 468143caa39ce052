package com.gongxuhui.common.security;

import com.gongxuhui.common.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.function.Predicate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records {@link SecurityEvent.Kind#FOREIGN_OBJECT_REFUSED}: a caller named an object that exists but lies outside
 * his scope (another institution's demand, enterprise, expert, …), in a path or as a reference in a body. His answer
 * stays the one an unknown id gets, so that ids reveal nothing; the event lets an operator see who probes them. An
 * id that does not exist is a plain 404 and no event.
 */
public class ForeignObjects {

    /** The request line in the detail: enough to tell which operation was refused, never its body or query. */
    private static final int DETAIL_LENGTH = 200;

    private final SecurityEvents events;
    private final Clock clock;
    private final String service;

    public ForeignObjects(SecurityEvents events, Clock clock, String service) {
        this.events = events;
        this.clock = clock;
        this.service = service;
    }

    /**
     * The object if it lies in the caller's scope; otherwise 404 {@code notFoundCode} whether or not it exists, and
     * for one that exists, a security event.
     *
     * @param accountId the caller, when an account calls (an open-API platform has none)
     * @param object    the object as found by its id, null when there is none
     * @param type      the object's kind as the subject names it, e.g. {@code demand} for {@code demand:42}
     */
    public <T> T requireInScope(Long accountId, T object, Predicate<T> inScope, String type, long id,
            String notFoundCode) {
        if (object == null) {
            throw ProblemException.notFound(notFoundCode, id);
        }
        if (!inScope.test(object)) {
            refused(accountId, type, id);
            throw ProblemException.notFound(notFoundCode, id);
        }
        return object;
    }

    private void refused(Long accountId, String type, long id) {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes()
                instanceof ServletRequestAttributes attributes ? attributes.getRequest() : null;
        events.record(new SecurityEvent(clock.instant(), SecurityEvent.Kind.FOREIGN_OBJECT_REFUSED, service,
                type + ":" + id, accountId, request == null ? null : ClientAddress.of(request),
                request == null ? null : requestLine(request)));
    }

    private static String requestLine(HttpServletRequest request) {
        String line = request.getMethod() + " " + request.getRequestURI();
        return line.length() > DETAIL_LENGTH ? line.substring(0, DETAIL_LENGTH) : line;
    }
}
