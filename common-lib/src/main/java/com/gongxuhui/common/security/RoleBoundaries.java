package com.gongxuhui.common.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What a role may reach at all, before an endpoint asks about any object: the check every service applies to
 * every signed-in request, so that an endpoint added later is outside an expert's reach without anyone thinking
 * of it. An expert (the mini-program; his token carries his institution) reaches his portal, his own account and
 * inbox, reference data and the internal API (which answers in his scope), never the console's endpoints. A
 * bureau manager (read-only monitoring) reads, and writes only to his own account and inbox. Everyone else: what
 * the endpoint's own role and scope checks allow. Outside the boundary: 403.
 */
final class RoleBoundaries implements AuthorizationManager<RequestAuthorizationContext> {

    /** The caller's own login, profile, password and notifications: every role has them. */
    private static final List<RequestMatcher> PERSONAL = matchers(null, "/api/auth/**", "/api/notifications",
            "/api/notifications/unread-count", "/api/notifications/*/read");

    /** Dictionaries the mini-program shows as well as the console. */
    private static final List<RequestMatcher> REFERENCE = matchers(HttpMethod.GET, "/api/fields", "/api/regions",
            "/api/regions/**");

    /** The expert's own part of the platform; {@code /internal/**} is no gateway route and scopes each answer. */
    private static final List<RequestMatcher> EXPERT = matchers(null, "/api/expert-portal/**", "/internal/**");

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        Set<String> roles = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        HttpServletRequest request = context.getRequest();
        if (roles.contains("ROLE_EXPERT")) {
            return new AuthorizationDecision(anyMatches(request, PERSONAL, REFERENCE, EXPERT));
        }
        if (roles.contains("ROLE_GOV_MANAGER") && !roles.contains("ROLE_SYS_ADMIN")) {
            return new AuthorizationDecision(isRead(request) || anyMatches(request, PERSONAL));
        }
        return new AuthorizationDecision(true);
    }

    private static boolean isRead(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    }

    @SafeVarargs
    private static boolean anyMatches(HttpServletRequest request, List<RequestMatcher>... groups) {
        for (List<RequestMatcher> group : groups) {
            if (group.stream().anyMatch(matcher -> matcher.matches(request))) {
                return true;
            }
        }
        return false;
    }

    private static List<RequestMatcher> matchers(HttpMethod method, String... patterns) {
        return Arrays.stream(patterns)
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(method, pattern))
                .toList();
    }
}
