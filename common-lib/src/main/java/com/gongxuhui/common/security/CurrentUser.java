package com.gongxuhui.common.security;

import com.gongxuhui.common.event.Actor;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as the verified access token says: the only source of identity a service trusts.
 * Institution, centre and region are empty for accounts that have none (a system administrator);
 * {@code expertId} is set for EXPERT accounts only.
 */
public record CurrentUser(long id, String name, Set<Role> roles, Long institutionId, Long centreId,
        String regionCode, String tokenFamily, Long expertId) {

    public static CurrentUser of(Jwt jwt) {
        List<String> roleNames = jwt.getClaimAsStringList(TokenClaims.ROLES);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (roleNames != null) {
            roleNames.forEach(name -> roles.add(Role.valueOf(name)));
        }
        return new CurrentUser(Long.parseLong(jwt.getSubject()), jwt.getClaimAsString(TokenClaims.NAME), roles,
                longClaim(jwt, TokenClaims.INSTITUTION), longClaim(jwt, TokenClaims.CENTRE),
                jwt.getClaimAsString(TokenClaims.REGION), jwt.getClaimAsString(TokenClaims.FAMILY),
                longClaim(jwt, TokenClaims.EXPERT));
    }

    /** The caller as the author of an event or an audit entry. */
    public Actor actor() {
        return new Actor(id, name);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    private static Long longClaim(Jwt jwt, String name) {
        Object value = jwt.getClaim(name);
        return value == null ? null : Long.valueOf(value.toString());
    }
}
