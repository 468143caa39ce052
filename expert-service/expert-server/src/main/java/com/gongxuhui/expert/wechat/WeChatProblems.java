package com.gongxuhui.expert.wechat;

import com.gongxuhui.common.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * What the caller is told when WeChat says no, with WeChat's own words in the log for the operator: a code
 * that is not good is the client's fault (400), WeChat's rate limit is a 429, everything else is WeChat's side
 * (502 when it answered with an error, 503 when it did not answer usefully at all).
 */
public final class WeChatProblems {

    private static final Logger log = LoggerFactory.getLogger(WeChatProblems.class);

    private WeChatProblems() {
    }

    /** The problem for a WeChat answer that did not succeed (its errcode is set and not 0). */
    public static ProblemException of(String call, WeChatAnswer answer) {
        int errcode = answer.errcode();
        log.warn("WeChat {} failed: {}", call, answer.describe());
        return switch (errcode) {
            case 40029, 40163 -> ProblemException.badRequest("WECHAT_CODE_INVALID");
            case 45011 -> new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "WECHAT_RATE_LIMITED");
            case -1 -> new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "WECHAT_UNAVAILABLE");
            default -> new ProblemException(HttpStatus.BAD_GATEWAY, "WECHAT_ERROR", String.valueOf(errcode));
        };
    }

    /** WeChat could not be asked (unreachable, too slow, a non-2xx status, a body that is not its JSON, no credentials). */
    public static ProblemException unavailable(String reason) {
        log.warn("WeChat unavailable: {}", reason);
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "WECHAT_UNAVAILABLE");
    }
}
