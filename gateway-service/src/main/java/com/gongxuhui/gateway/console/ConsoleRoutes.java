package com.gongxuhui.gateway.console;

import com.gongxuhui.gateway.console.ConsoleFiles.ConsoleFile;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The web console (the console module's build, packed under classpath:/console/) served at /. Vite names every
 * asset after its content, so assets are cached for a year; index.html is revalidated on every load, so that a new
 * release reaches the browser at once. Any other console path is one of the console's own routes (history mode):
 * it gets index.html and the console's router shows the page. The files are served from memory ({@link ConsoleFiles}).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleRoutes {

    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl REVALIDATE = CacheControl.noCache();

    @Bean
    RouterFunction<ServerResponse> consoleRouter() {
        // the gateway's own loader: the embedded default's ServiceHost runs each service in a class loader of its own
        ConsoleFiles files = ConsoleFiles.load(ConsoleRoutes.class.getClassLoader());
        RequestPredicate console = request -> ConsolePaths.isConsole(request.exchange().getRequest());
        return RouterFunctions.route(console, request -> serve(files, request.path()));
    }

    private static Mono<ServerResponse> serve(ConsoleFiles files, String path) {
        ConsoleFile file = files.at(path);
        if (file != null) {
            return answer(file, path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE);
        }
        if (path.startsWith("/assets/") || files.index() == null) {
            // an asset of an older release: index.html instead would be run as a script and fail obscurely
            return ServerResponse.status(HttpStatus.NOT_FOUND).build();
        }
        return answer(files.index(), REVALIDATE);
    }

    private static Mono<ServerResponse> answer(ConsoleFile file, CacheControl caching) {
        return ServerResponse.ok().cacheControl(caching).contentType(file.mediaType()).bodyValue(file.content());
    }
}
