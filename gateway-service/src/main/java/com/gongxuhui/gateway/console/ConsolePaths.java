package com.gongxuhui.gateway.console;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Which requests are the console's: every GET outside the API's and the platform's own prefixes. Those are the
 * console's files or one of its routes (/demands/42 typed in the address bar), never a service's endpoint.
 */
public final class ConsolePaths {

    private static final List<String> NOT_CONSOLE = List.of("/api/", "/open/", "/oauth2/", "/v3/", "/actuator",
            "/swagger-ui", "/webjars/", "/internal/");

    private ConsolePaths() {
    }

    public static boolean isConsole(ServerHttpRequest request) {
        return (HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))
                && isConsolePath(request.getPath().pathWithinApplication().value());
    }

    static boolean isConsolePath(String path) {
        return NOT_CONSOLE.stream().noneMatch(prefix -> path.startsWith(prefix) || path.equals(stripSlash(prefix)));
    }

    private static String stripSlash(String prefix) {
        return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
