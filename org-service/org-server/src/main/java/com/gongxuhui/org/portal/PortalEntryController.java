package com.gongxuhui.org.portal;

import com.gongxuhui.org.auth.TokenPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "auth")
class PortalEntryController {

    private final PortalEntry entry;

    PortalEntryController(PortalEntry entry) {
        this.entry = entry;
    }

    /** @param ticket the one-time ticket the portal put on its 供需荟 link */
    record PortalEntryRequest(@NotBlank @Size(max = 256) @Pattern(regexp = "[A-Za-z0-9._~-]+") String ticket) {
    }

    @PostMapping("/api/auth/portal")
    @Operation(summary = "Entry from 浙江网上技术市场: the portal's one-time ticket for a token pair")
    TokenPair enter(@Valid @RequestBody PortalEntryRequest request) {
        return entry.enter(request.ticket());
    }
}
