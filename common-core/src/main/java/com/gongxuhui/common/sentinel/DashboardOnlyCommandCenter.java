package com.gongxuhui.common.sentinel;

import com.alibaba.csp.sentinel.config.SentinelConfig;
import com.alibaba.csp.sentinel.spi.Spi;
import com.alibaba.csp.sentinel.transport.CommandCenter;
import com.alibaba.csp.sentinel.transport.command.SimpleHttpCommandCenter;
import com.alibaba.csp.sentinel.transport.config.TransportConfig;

/**
 * Sentinel's command port (8719: read and <em>change</em> rules over plain HTTP, no authentication) is opened only
 * when a Sentinel dashboard is configured ({@code spring.cloud.sentinel.transport.dashboard}), which is what it
 * serves; otherwise Sentinel runs its rules without it. Found by Sentinel's SPI ahead of its own command center.
 */
@Spi(order = Spi.ORDER_HIGHEST)
public class DashboardOnlyCommandCenter implements CommandCenter {

    private final CommandCenter commandPort = new SimpleHttpCommandCenter();

    static boolean dashboardConfigured() {
        String dashboard = System.getProperty(TransportConfig.CONSOLE_SERVER,
                SentinelConfig.getConfig(TransportConfig.CONSOLE_SERVER));
        return dashboard != null && !dashboard.isBlank();
    }

    @Override
    public void beforeStart() throws Exception {
        if (dashboardConfigured()) {
            commandPort.beforeStart();
        }
    }

    @Override
    public void start() throws Exception {
        if (dashboardConfigured()) {
            commandPort.start();
        }
    }

    @Override
    public void stop() throws Exception {
        if (dashboardConfigured()) {
            commandPort.stop();
        }
    }
}
