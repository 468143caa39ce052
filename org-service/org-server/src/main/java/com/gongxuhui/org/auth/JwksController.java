package com.gongxuhui.org.auth;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the public signing key, so that the gateway and every service can verify tokens themselves. */
@RestController
class JwksController {

    private final SigningKeys keys;

    JwksController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/oauth2/jwks")
    @Operation(summary = "The JSON Web Key Set that verifies access tokens")
    Map<String, Object> jwks() {
        return keys.publicJwks().toJSONObject();
    }
}
