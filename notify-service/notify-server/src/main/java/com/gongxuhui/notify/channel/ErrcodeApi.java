package com.gongxuhui.notify.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.provider.ProviderAccessTokens;
import com.gongxuhui.common.provider.ProviderAccessTokens.Grant;
import com.gongxuhui.common.provider.ProviderAccessTokens.ProviderApp;
import com.gongxuhui.notify.delivery.SendOutcome;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What DingTalk's and WeChat's server APIs have in common: an access token in the query, and an answer
 * {@code {errcode, errmsg, …}} where 0 is success. The token is the app's shared one ({@link ProviderAccessTokens}:
 * the same Redis entry as every other service and instance using these credentials). A token the provider no longer
 * accepts (it expired early, or was reset by another fetch) is fetched anew and the call made once more; a second
 * refusal is not retried here.
 */
abstract class ErrcodeApi {

    /** An answer that means "this access token is no longer good" ({@code AccessTokenRefusals}). */
    private final Predicate<JsonNode> tokenRefused;
    /** Answers that mean "not now": rate limits and the provider's own "system busy" (-1). */
    private final Set<Integer> throttled;
    private final ProviderAccessTokens tokens;

    ErrcodeApi(ProviderAccessTokens tokens, Predicate<JsonNode> tokenRefused, Set<Integer> throttled) {
        this.tokens = tokens;
        this.tokenRefused = tokenRefused;
        this.throttled = throttled;
    }

    /** The provider and app id whose token the calls use. */
    protected abstract ProviderApp app();

    /** Asks the provider for a new access token. */
    protected abstract Grant fetchToken();

    protected JsonNode withToken(Function<String, JsonNode> call) {
        return tokens.withToken(app(), this::fetchToken, call, tokenRefused);
    }

    /** The token grant of an answer {@code {access_token, expires_in}}, or the provider's refusal to grant one. */
    protected Grant grant(JsonNode answer) {
        if (errcode(answer) != 0 || !answer.hasNonNull("access_token")) {
            throw new ProviderCall.Unavailable("no access token: " + answer);
        }
        return new Grant(answer.get("access_token").asText(), Duration.ofSeconds(answer.path("expires_in").asLong(7200)));
    }

    protected SendOutcome judge(JsonNode answer) {
        int errcode = errcode(answer);
        if (errcode == 0) {
            return SendOutcome.sent(answer.toString());
        }
        if (throttled.contains(errcode) || tokenRefused.test(answer)) {
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
