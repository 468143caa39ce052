package com.gongxuhui.common.security;

import com.gongxuhui.common.web.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads the {@link CurrentUser} of the request being served. */
public class CurrentUserAccessor {

    public CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return CurrentUser.of(jwt);
        }
        throw ProblemException.unauthorized("UNAUTHENTICATED");
    }
}
