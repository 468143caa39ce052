package com.gongxuhui.enterprise.registry;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "enterprises")
class LookupController {

    private final BusinessRegistry registry;
    private final CurrentUserAccessor currentUser;

    LookupController(BusinessRegistry registry, CurrentUserAccessor currentUser) {
        this.registry = registry;
        this.currentUser = currentUser;
    }

    /** Institutions' people only: each uncached lookup is a paid call, charged to the caller's daily quota. */
    @GetMapping("/api/enterprises/lookup")
    @PreAuthorize("hasAnyRole('INST_ADMIN', 'CENTER_ADMIN', 'STAFF')")
    @Operation(summary = "The business registry's facts (工商信息) of an enterprise, by full name or credit code")
    RegisteredEnterprise lookup(@RequestParam @NotBlank @Size(max = 100) String name) {
        return registry.find(name, currentUser.current())
                .orElseThrow(() -> ProblemException.notFound("ENTERPRISE_NOT_REGISTERED", name.strip()));
    }
}
