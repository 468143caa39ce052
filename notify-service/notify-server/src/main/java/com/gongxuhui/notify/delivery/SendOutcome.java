package com.gongxuhui.notify.delivery;

/**
 * What a provider made of one send. {@code answer} is kept on the delivery as the provider said it (or why
 * nothing was said), so that an operator can see it.
 */
public record SendOutcome(Result result, String answer) {

    public enum Result {
        /** Accepted by the provider. */
        SENT,
        /** Worth trying again later: rate limited, the provider down or slow, an unreadable answer. */
        RETRY,
        /** Refused for good (a wrong number, an unknown user): trying again would change nothing. */
        REJECTED,
        /** Not tried at all: the channel is not configured here. */
        NOT_CONFIGURED
    }

    public static SendOutcome sent(String answer) {
        return new SendOutcome(Result.SENT, answer);
    }

    public static SendOutcome retry(String answer) {
        return new SendOutcome(Result.RETRY, answer);
    }

    public static SendOutcome rejected(String answer) {
        return new SendOutcome(Result.REJECTED, answer);
    }

    public static SendOutcome notConfigured(String answer) {
        return new SendOutcome(Result.NOT_CONFIGURED, answer);
    }
}
