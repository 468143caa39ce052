package com.gongxuhui.common.security;

/** Names of the claims org-service puts in access tokens (docs/conventions.md, Tokens). */
public final class TokenClaims {

    public static final String ISSUER = "gongxuhui";
    public static final String NAME = "name";
    public static final String ROLES = "roles";
    public static final String INSTITUTION = "inst";
    public static final String CENTRE = "centre";
    public static final String REGION = "region";
    public static final String FAMILY = "fam";
    /** The expert record (expert-service) an EXPERT account stands for. */
    public static final String EXPERT = "expert";
    /** {@code iat} in milliseconds: account-wide revocations compare against it. */
    public static final String ISSUED_AT_MILLIS = "iat_ms";

    private TokenClaims() {
    }
}
