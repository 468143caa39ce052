package com.gongxuhui.org.dingtalk;

import com.gongxuhui.common.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * DingTalk could not tell us who the user is (unreachable, slow, 5xx, refusing our credentials or a fresh
 * token): a 503 for the caller, who can only try again later, and the reason in the log for the operator.
 */
final class DingTalkUnavailable {

    private static final Logger log = LoggerFactory.getLogger(DingTalkUnavailable.class);

    private DingTalkUnavailable() {
    }

    static ProblemException because(String reason) {
        log.warn("DingTalk login unavailable: {}", reason);
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "DINGTALK_UNAVAILABLE");
    }
}
