package com.gongxuhui.demand.followup;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.demand.api.EnterpriseDemandActivity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * demand-api's {@code DemandActivityClient}: an enterprise's demands and the visits to it, within the forwarded
 * caller's data scope ({@code DemandAccess}), for enterprise-service's detail page.
 */
@RestController
@Tag(name = "internal")
class EnterpriseActivityController {

    private final EnterpriseActivities activities;
    private final CurrentUserAccessor currentUser;

    EnterpriseActivityController(EnterpriseActivities activities, CurrentUserAccessor currentUser) {
        this.activities = activities;
        this.currentUser = currentUser;
    }

    @GetMapping("/internal/enterprises/{enterpriseId}/demand-activity")
    @Operation(summary = "An enterprise's demands and visits the caller may see (enterprise-service's detail page)")
    EnterpriseDemandActivity activity(@PathVariable long enterpriseId) {
        return activities.of(enterpriseId, currentUser.current());
    }
}
