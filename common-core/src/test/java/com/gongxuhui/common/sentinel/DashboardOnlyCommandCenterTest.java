package com.gongxuhui.common.sentinel;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.csp.sentinel.command.CommandCenterProvider;
import com.alibaba.csp.sentinel.config.SentinelConfig;
import com.alibaba.csp.sentinel.transport.CommandCenter;
import com.alibaba.csp.sentinel.transport.config.TransportConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** Without a dashboard no JVM of the platform opens Sentinel's command port (issue 13, finding 7). */
class DashboardOnlyCommandCenterTest {

    @Test
    void sentinelStartsTheCommandCenterThatAsksForADashboardFirst() {
        assertThat(CommandCenterProvider.getCommandCenter()).isInstanceOf(DashboardOnlyCommandCenter.class);
    }

    @Test
    void withoutADashboardTheCommandPortStaysClosed() throws Exception {
        int port = freePort();
        SentinelConfig.setConfig(TransportConfig.SERVER_PORT, Integer.toString(port));
        assertThat(DashboardOnlyCommandCenter.dashboardConfigured()).isFalse();

        CommandCenter center = CommandCenterProvider.getCommandCenter();
        center.beforeStart();
        center.start();
        Thread.sleep(1000);

        assertThat(listening(port)).isFalse();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
