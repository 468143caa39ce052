package com.gongxuhui.gateway.console;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the console shows about the platform before anyone signs in: whether it is the embedded default's sandbox
 * (outside providers played locally: ./platform start passes gxh.platform.sandbox=true) and the release.
 */
@RestController
class PlatformController {

    record PlatformInfo(boolean sandbox, String version) {
    }

    private final PlatformInfo info;

    PlatformController(@Value("${gxh.platform.sandbox:false}") boolean sandbox,
            @Value("${gxh.platform.version}") String version) {
        this.info = new PlatformInfo(sandbox, version);
    }

    @GetMapping("/api/platform")
    PlatformInfo platform() {
        return info;
    }
}
