package com.gongxuhui.expert.login;

/** The tokens org-service issued for an expert's login (its {@code TokenPair}), passed on to the mini-program. */
public record ExpertTokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {
}
