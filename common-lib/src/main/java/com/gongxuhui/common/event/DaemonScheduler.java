package com.gongxuhui.common.event;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The one-thread schedulers of the event housekeeping: daemon threads, so that none keeps a JVM alive. */
final class DaemonScheduler {

    private DaemonScheduler() {
    }

    static ScheduledExecutorService named(String threadName) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }
}
