package com.gongxuhui.common.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceProcessFreePortTest {

    @Test
    void handsOutDistinctBindablePortsBelowTheEphemeralRangeAndOutsideThePlatformTestsPorts() throws IOException {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = ServiceProcess.freePort();
            assertThat(port).isBetween(1024, 32767);
            assertThat(port < 21000 || port > 21999).as("port %d among ./platform test's", port).isTrue();
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
        }
        int port = ports.iterator().next();
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(port));
            assertThat(server.getLocalPort()).isEqualTo(port);
        }
    }
}
