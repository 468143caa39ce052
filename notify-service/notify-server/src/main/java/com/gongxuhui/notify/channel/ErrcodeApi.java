package com.gongxuhui.notify.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.notify.delivery.SendOutcome;
import java.time.Clock;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What DingTalk's and WeChat's server APIs have in common: an access token in the query, and an answer
 * {@code {errcode, errmsg, …}} where 0 is success. A token the provider no longer accepts (it expired early, or
 * was reset by another fetch) is fetched anew and the call made once more; a second refusal is not retried here.
 */
abstract class ErrcodeApi {

    /** An answer that means "this access token is no longer good". */
    private final Set<Integer> tokenErrors;
    /** Answers that mean "not now": rate limits and the provider's own "system busy" (-1). */
    private final Set<Integer> throttled;
    private final AccessTokenCache tokens;

    ErrcodeApi(Clock clock, Set<Integer> tokenErrors, Set<Integer> throttled) {
        this.tokens = new AccessTokenCache(clock);
        this.tokenErrors = tokenErrors;
        this.throttled = throttled;
    }

    /** Asks the provider for a new access token. */
    protected abstract AccessTokenCache.Grant fetchToken();

    protected JsonNode withToken(Function<String, JsonNode> call) {
        String token = tokens.get(this::fetchToken);
        JsonNode answer = call.apply(token);
        if (tokenErrors.contains(errcode(answer))) {
            tokens.invalidate(token);
            answer = call.apply(tokens.get(this::fetchToken));
        }
        return answer;
    }

    /** The token grant of an answer {@code {access_token, expires_in}}, or the provider's refusal to grant one. */
    protected AccessTokenCache.Grant grant(JsonNode answer) {
        if (errcode(answer) != 0 || !answer.hasNonNull("access_token")) {
            throw new ProviderCall.Unavailable("no access token: " + answer);
        }
        return new AccessTokenCache.Grant(answer.get("access_token").asText(), answer.path("expires_in").asLong(7200));
    }

    protected SendOutcome judge(JsonNode answer) {
        int errcode = errcode(answer);
        if (errcode == 0) {
            return SendOutcome.sent(answer.toString());
        }
        if (throttled.contains(errcode) || tokenErrors.contains(errcode)) {
            return SendOutcome.retry(answer.toString());
        }
        return SendOutcome.rejected(answer.toString());
    }

    protected static int errcode(JsonNode answer) {
        return answer.path("errcode").asInt(0);
    }

    /** Runs a send, turning an unavailable provider into an outcome worth retrying. */
    protected static SendOutcome guarded(Supplier<SendOutcome> send) {
        try {
            return send.get();
        } catch (ProviderCall.Unavailable e) {
            return SendOutcome.retry(ProviderCall.abbreviate(e.getMessage()));
        }
    }
}
