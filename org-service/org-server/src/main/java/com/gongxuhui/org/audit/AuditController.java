package com.gongxuhui.org.audit;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.security.SecurityEvent;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit", description = "Who changed what in the organisation, and the platform's security events")
class AuditController {

    private final AuditTrail audit;
    private final StoredSecurityEvents securityEvents;
    private final CurrentUserAccessor currentUser;

    AuditController(AuditTrail audit, StoredSecurityEvents securityEvents, CurrentUserAccessor currentUser) {
        this.audit = audit;
        this.securityEvents = securityEvents;
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

    /** Refused logins, lock-outs, reused refresh tokens, …: the platform's, so for the system administrator only. */
    @GetMapping("/security-events")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Operation(summary = "Security events, newest first, filtered by kind, subject (e.g. a phone), client address and time")
    PageView<SecurityEventView> securityEvents(@RequestParam(required = false) SecurityEvent.Kind kind,
            @RequestParam(required = false) @Size(max = 200) String subject,
            @RequestParam(required = false) @Size(max = 64) String clientAddress,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @Valid PageQuery page) {
        return securityEvents.list(kind, subject, clientAddress, from, to, page);
    }
}
