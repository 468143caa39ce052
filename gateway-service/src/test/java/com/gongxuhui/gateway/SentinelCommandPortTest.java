package com.gongxuhui.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.csp.sentinel.command.CommandCenterProvider;
import com.gongxuhui.common.sentinel.DashboardOnlyCommandCenter;
import org.junit.jupiter.api.Test;

/** The gateway, too, opens Sentinel's unauthenticated command port only when a dashboard is configured. */
class SentinelCommandPortTest {

    @Test
    void theGatewaysSentinelStartsTheCommandCenterThatAsksForADashboardFirst() {
        assertThat(CommandCenterProvider.getCommandCenter()).isInstanceOf(DashboardOnlyCommandCenter.class);
    }
}
