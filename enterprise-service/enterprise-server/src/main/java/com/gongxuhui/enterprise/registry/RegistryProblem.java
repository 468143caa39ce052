package com.gongxuhui.enterprise.registry;

import com.gongxuhui.common.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * The registry could not answer: too many calls (429, try again shortly) or unreachable, slow, failing or refusing
 * our account (503, try later or enter the enterprise by hand). The reason goes to the log for the operator.
 * A type of its own, so that recording an enterprise can fall back to an unverified record on exactly these.
 */
public final class RegistryProblem extends ProblemException {

    private static final Logger log = LoggerFactory.getLogger(RegistryProblem.class);

    private RegistryProblem(HttpStatus status, String code) {
        super(status, code);
    }

    static RegistryProblem rateLimited(String reason) {
        log.warn("Business registry rate limit: {}", reason);
        return new RegistryProblem(HttpStatus.TOO_MANY_REQUESTS, "REGISTRY_RATE_LIMITED");
    }

    static RegistryProblem unavailable(String reason) {
        log.warn("Business registry unavailable: {}", reason);
        return new RegistryProblem(HttpStatus.SERVICE_UNAVAILABLE, "REGISTRY_UNAVAILABLE");
    }
}
