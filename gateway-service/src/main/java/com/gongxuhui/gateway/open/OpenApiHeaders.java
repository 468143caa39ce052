package com.gongxuhui.gateway.open;

/**
 * The headers the gateway adds to a signed open-API request for demand-service (docs/open-api.md). Only the
 * gateway sets them: IdentityHeaderFilter removes every caller-sent {@code X-Open-*} and
 * {@code X-Internal-Token} header first.
 */
public final class OpenApiHeaders {

    public static final String APP_KEY = "X-Open-App-Key";
    public static final String PLATFORM = "X-Open-Platform";
    public static final String REGION = "X-Open-Region";
    /** The open-API credential ({@code gxh.internal.open-api-token}): the gateway's word that it checked the call. */
    public static final String INTERNAL_TOKEN = "X-Internal-Token";

    private OpenApiHeaders() {
    }
}
