package com.gongxuhui.common.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.gongxuhui.common.peer.PeerUnavailableException;
import feign.FeignException;
import feign.RetryableException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every exception a controller lets out into a problem response. Bad input is always a 4xx with a
 * stable code; anything unexpected is a 500 whose body says nothing about the internals.
 */
@RestControllerAdvice
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final Problems problems;

    public ProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> rule(ProblemException e) {
        ProblemDetail problem = problems.problem(e.status(), e.code(), e.args());
        e.properties().forEach(problem::setProperty);
        return problems.response(problem);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidBody(BindException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        return problems.response(problems.validation("VALIDATION_FAILED", errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return problems.response(problems.validation("VALIDATION_FAILED", errors));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidArguments(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return problems.response(problems.validation("VALIDATION_FAILED", errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = fieldPath(mismatch);
            String message = problems.message("problem.field.wrongType", org.springframework.context.i18n
                    .LocaleContextHolder.getLocale(), "wrong type");
            return problems.response(problems.validation("MALFORMED_REQUEST", List.of(new FieldError(field, message))));
        }
        return problems.response(problems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST"));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingRequestHeaderException.class,
            MissingServletRequestPartException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e) {
        return problems.response(problems.problem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER"));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return problems.response(problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", e.limitBytes()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
        return problems.response(problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", e.getMaxUploadSize()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return problems.response(problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return problems.response(problems.problem(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return problems.response(problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException e) {
        return problems.response(problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return problems.response(problems.problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problems.response(problems.problem(HttpStatus.FORBIDDEN, "FORBIDDEN"));
    }

    /** A unique key the service did not check first (a race between two requests): a conflict, not a crash. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        log.warn("Duplicate key reached the database: {}", e.getMostSpecificCause().getMessage());
        return problems.response(problems.problem(HttpStatus.CONFLICT, "DUPLICATE"));
    }

    /**
     * The database chose this request's transaction as a deadlock's victim, or its lock wait timed out: a concurrent
     * request held the rows. The transaction was rolled back whole, so nothing changed and the caller may try again.
     */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> lockConflict(PessimisticLockingFailureException e) {
        log.warn("Transaction lost a lock conflict: {}", e.getMostSpecificCause().getMessage());
        return problems.response(problems.problem(HttpStatus.CONFLICT, "CONCURRENT_UPDATE"));
    }

    /**
     * Another of our services did not answer in time, refused the connection, failed (5xx), or its circuit breaker
     * is open: 503 naming it, so that the caller knows what is down and may try again later.
     */
    @ExceptionHandler(RetryableException.class)
    ResponseEntity<ProblemDetail> peerUnavailable(FeignException e) {
        String service = PeerUnavailableException.serviceOf(e);
        log.warn("{} is unavailable: {}", service, e.toString());
        ProblemDetail problem = problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "PEER_UNAVAILABLE", service);
        problem.setProperty("service", service);
        return problems.response(problem);
    }

    @ExceptionHandler(FeignException.class)
    ResponseEntity<ProblemDetail> peerFailed(FeignException e) {
        if (e.status() >= 500) {
            return peerUnavailable(e);
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problems.response(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR"));
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
