package com.gongxuhui.org.dingtalk;

/**
 * DingTalk gave no usable answer: unreachable, slower than the read timeout, a non-2xx status, a body that is not the
 * documented JSON, our credentials refused at gettoken, a freshly fetched token refused, an answer without what
 * DingTalk documents in it. The message says which: the login logs it ({@link DingTalkUnavailable}), an invitation
 * keeps it as its last error.
 */
final class DingTalkCallFailed extends RuntimeException {

    DingTalkCallFailed(String reason) {
        super(reason, null, false, false);
    }
}
