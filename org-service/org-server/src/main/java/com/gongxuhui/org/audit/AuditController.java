package com.gongxuhui.org.audit;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit", description = "Who changed what in the organisation")
class AuditController {

    private final AuditTrail audit;
    private final CurrentUserAccessor currentUser;

    AuditController(AuditTrail audit, CurrentUserAccessor currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** A system administrator sees every entry (or one institution's); an institution admin only his own. */
    @GetMapping
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'INST_ADMIN')")
    @Operation(summary = "Audit entries, newest first")
    PageView<AuditEntryView> list(@RequestParam(required = false) Long institutionId,
            @RequestParam(required = false) @Size(max = 50) String action, @Valid PageQuery page) {
        CurrentUser user = currentUser.current();
        Long scope = user.hasRole(Role.SYS_ADMIN) ? institutionId : user.institutionId();
        return audit.list(scope, action, page);
    }
}
