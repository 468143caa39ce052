package com.gongxuhui.org.auth;

import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.security.TokenClaims;
import com.gongxuhui.org.account.Account;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Signs short-lived access tokens that carry the account's identity and organisational place. */
@Component
public class AccessTokens {

    private final JwtEncoder encoder;
    private final String keyId;
    private final AuthProperties properties;
    private final Clock clock;

    public AccessTokens(SigningKeys keys, AuthProperties properties, Clock clock) {
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signingKey())));
        this.keyId = keys.signingKey().getKeyID();
        this.properties = properties;
        this.clock = clock;
    }

    public String issue(Account account, String family) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(TokenClaims.ISSUER)
                .subject(account.getId().toString())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .claim(TokenClaims.NAME, account.getName())
                .claim(TokenClaims.ROLES, account.getRoles().stream().map(Role::name).sorted().toList())
                .claim(TokenClaims.FAMILY, family)
                .claim(TokenClaims.ISSUED_AT_MILLIS, now.toEpochMilli());
        if (account.getInstitutionId() != null) {
            claims.claim(TokenClaims.INSTITUTION, account.getInstitutionId());
        }
        if (account.getCentreId() != null) {
            claims.claim(TokenClaims.CENTRE, account.getCentreId());
        }
        if (account.getExpertId() != null) {
            claims.claim(TokenClaims.EXPERT, account.getExpertId());
        }
        if (account.getRegionCode() != null) {
            claims.claim(TokenClaims.REGION, account.getRegionCode());
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }
}
