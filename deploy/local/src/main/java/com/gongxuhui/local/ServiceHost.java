package com.gongxuhui.local;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.springframework.boot.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The embedded default's services in one JVM (production runs one per process): each service is started by its own
 * {@code main} exactly as its boot jar would start it, in a class loader of its own that holds its classes, common-lib,
 * the {@code *-api} jars and the libraries with JVM-wide state ({@link BootJars#KEPT_APART}); the framework libraries
 * every service shares are loaded once, by the application class loader ({@code java @shared.args}), so their classes
 * are loaded, verified and compiled once instead of once per service. A service marked isolated (the gateway, a
 * reactive application) shares nothing: its loader's parent is the platform class loader.
 *
 * <p>Usage: {@code java @<app-dir>/shared.args com.gongxuhui.local.ServiceHost <app-dir> <name>...}; each service's
 * arguments are the lines of {@code <app-dir>/<name>/args}. {@code -Dgxh.host.parallel} (default 2) services start at
 * once. A service that fails to start ends the JVM (exit code 1); TERM closes every context (Spring Boot's shutdown
 * hook).
 */
public final class ServiceHost {

    private static final Map<ClassLoader, String> NAMES = new ConcurrentHashMap<>();
    private static final List<ConfigurableApplicationContext> CONTEXTS = new java.util.concurrent.CopyOnWriteArrayList<>();

    private ServiceHost() {
    }

    public static void main(String[] args) throws Exception {
        Path appDir = Path.of(args[0]);
        int parallel = Integer.getInteger("gxh.host.parallel", 2);
        long t0 = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(ServiceHost::closeAllAtOnce, "service-host-shutdown"));
        ExecutorService starters = Executors.newFixedThreadPool(parallel, task -> {
            Thread thread = new Thread(task);
            thread.setName("service-host-start");
            return thread;
        });
        List<Future<?>> started = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            started.add(starters.submit(() -> {
                start(name, appDir.resolve(name), t0);
                return null;
            }));
        }
        try {
            for (Future<?> service : started) {
                service.get();
            }
        } catch (java.util.concurrent.ExecutionException failed) {
            System.err.println("[service-host] a service failed to start; stopping the host");
            failed.getCause().printStackTrace();
            System.exit(1);
        } finally {
            starters.shutdown();
        }
        System.out.printf("[service-host] all %d services started in %.1f s%n", args.length - 1, seconds(t0));
    }

    /**
     * Closes the services' contexts side by side: Spring Boot's own shutdown hook closes them one after the other,
     * and then waits for it too, finding each closed or closing.
     */
    private static void closeAllAtOnce() {
        List<Thread> closing = new ArrayList<>();
        for (ConfigurableApplicationContext context : CONTEXTS) {
            Thread thread = new Thread(context::close, "close-" + context.getId());
            thread.setContextClassLoader(context.getClassLoader());
            thread.start();
            closing.add(thread);
        }
        for (Thread thread : closing) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The service whose class loader (or a child of it, such as Tomcat's web-app loader) is {@code loader}'s. */
    public static String nameOf(ClassLoader loader) {
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            String name = NAMES.get(l);
            if (name != null) {
                return name;
            }
        }
        return "";
    }

    /**
     * Starts a service; one that fails is started once more in a fresh class loader, as a supervisor would restart
     * its process: on a loaded machine a start can fail on something passing (a RocketMQ client's first route query
     * to the name server timing out). A second failure is final.
     */
    private static void start(String name, Path home, long t0) throws Exception {
        try {
            startOnce(name, home, t0);
        } catch (IllegalStateException firstAttempt) {
            System.err.printf("[service-host] %s failed to start (%s); starting it once more%n", name,
                    firstAttempt.getCause());
            startOnce(name, home, t0);
        }
    }

    private static void startOnce(String name, Path home, long t0) throws Exception {
        long t = System.nanoTime();
        List<URL> urls = new ArrayList<>();
        for (String entry : Files.readAllLines(home.resolve("own.classpath"))) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        boolean isolated = Boolean.parseBoolean(Files.readString(home.resolve("isolated")).trim());
        ClassLoader parent = isolated ? ClassLoader.getPlatformClassLoader() : ServiceHost.class.getClassLoader();
        URLClassLoader loader = new URLClassLoader(name, urls.toArray(URL[]::new), parent);
        NAMES.put(loader, name);
        String[] serviceArgs = readArgs(home.resolve("args"));
        Thread current = Thread.currentThread();
        ClassLoader before = current.getContextClassLoader();
        current.setContextClassLoader(loader);
        current.setName(name + "-main");
        try {
            Method main = loader.loadClass(Files.readString(home.resolve("start-class")).trim())
                    .getMethod("main", String[].class);
            if (isolated) {
                main.invoke(null, (Object) serviceArgs);
            } else {
                // Spring Boot finds environment post-processors (common-lib's PlatformDefaults among them) through the
                // application's resource loader, or else through its own class loader: the shared one, which cannot
                // see the service's jars. The hook hands the application a resource loader on the service's loader.
                SpringApplication.withHook(application -> {
                    application.setResourceLoader(new DefaultResourceLoader(loader));
                    return new OneLoggingSetupAtATime();
                }, () -> main.invoke(null, (Object) serviceArgs));
            }
        } catch (InvocationTargetException e) {
            NAMES.remove(loader);
            throw new IllegalStateException(name + " failed to start", e.getCause());
        } catch (RuntimeException e) {
            NAMES.remove(loader);
            throw new IllegalStateException(name + " failed to start", e.getCause() instanceof InvocationTargetException
                    ? e.getCause().getCause() : e);
        } finally {
            current.setContextClassLoader(before);
            current.setName("service-host-start");
        }
        System.out.printf("[service-host] %s started in %.1f s (%.1f s after the host)%n", name, seconds(t), seconds(t0));
    }

    /**
     * The services share one Logback, which each start resets and configures again (Spring Cloud's
     * {@code LoggingSystemShutdownListener} and then Spring Boot, while the environment is prepared). Done by two
     * services at once, that leaves two console appenders; so one service at a time goes through that phase. Also
     * keeps each started context for {@link #closeAllAtOnce()}.
     */
    private static final class OneLoggingSetupAtATime implements SpringApplicationRunListener {

        private static final Semaphore SETUP = new Semaphore(1);
        private boolean holding;

        @Override
        public void starting(ConfigurableBootstrapContext bootstrapContext) {
            SETUP.acquireUninterruptibly();
            holding = true;
        }

        @Override
        public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
                ConfigurableEnvironment environment) {
            release();
        }

        @Override
        public void started(ConfigurableApplicationContext context, java.time.Duration timeTaken) {
            CONTEXTS.add(context);
        }

        @Override
        public void failed(ConfigurableApplicationContext context, Throwable exception) {
            release();
        }

        private void release() {
            if (holding) {
                holding = false;
                SETUP.release();
            }
        }
    }

    private static String[] readArgs(Path file) throws IOException {
        return Files.exists(file)
                ? Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toArray(String[]::new)
                : new String[0];
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
