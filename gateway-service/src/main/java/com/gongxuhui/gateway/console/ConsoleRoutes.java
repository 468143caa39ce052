package com.gongxuhui.gateway.console;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The web console (the console module's build, packed under classpath:/console/) served at /. Vite names every
 * asset after its content, so assets are cached for a year; index.html is revalidated on every load, so that a new
 * release reaches the browser at once. Any other console path is one of the console's own routes (history mode):
 * it gets index.html and the console's router shows the page.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleRoutes {

    private static final String ROOT = "console/";
    /** The gateway's own loader: the embedded default's ServiceHost runs each service in a class loader of its own. */
    private static final ClassLoader LOADER = ConsoleRoutes.class.getClassLoader();
    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl REVALIDATE = CacheControl.noCache();

    @Bean
    RouterFunction<ServerResponse> consoleRouter() {
        RequestPredicate console = request -> ConsolePaths.isConsole(request.exchange().getRequest());
        return RouterFunctions.route(console, ConsoleRoutes::serve);
    }

    private static Mono<ServerResponse> serve(ServerRequest request) {
        String path = request.path();
        Resource file = fileAt(path);
        if (file != null) {
            CacheControl caching = path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE;
            return ServerResponse.ok().cacheControl(caching)
                    .contentType(MediaTypeFactory.getMediaType(file).orElse(MediaType.APPLICATION_OCTET_STREAM))
                    .bodyValue(file);
        }
        if (path.startsWith("/assets/")) {
            // an asset of an older release: index.html instead would be run as a script and fail obscurely
            return ServerResponse.status(HttpStatus.NOT_FOUND).build();
        }
        Resource index = new ClassPathResource(ROOT + "index.html", LOADER);
        if (!index.exists()) {
            return ServerResponse.status(HttpStatus.NOT_FOUND).build();
        }
        return ServerResponse.ok().cacheControl(REVALIDATE).contentType(MediaType.TEXT_HTML).bodyValue(index);
    }

    /** The console's file at this path, or null; never anything outside classpath:/console/. */
    private static Resource fileAt(String path) {
        if (path.contains("..") || path.endsWith("/")) {
            return null;
        }
        Resource file = new ClassPathResource(ROOT + path.substring(1), LOADER);
        return file.exists() && file.isReadable() ? file : null;
    }
}
