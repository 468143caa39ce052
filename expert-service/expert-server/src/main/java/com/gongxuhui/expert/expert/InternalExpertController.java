package com.gongxuhui.expert.expert;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.expert.api.ExpertSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal API (expert-api's {@code ExpertDirectoryClient}), called by demand-service with the caller's
 * token forwarded: a pushing broker gets the experts his institution maintains, an expert himself; anything else
 * is 404, as on the public API.
 */
@RestController
@Tag(name = "internal", description = "Summaries for the other services")
class InternalExpertController {

    private final Experts experts;
    private final CurrentUserAccessor currentUser;

    InternalExpertController(Experts experts, CurrentUserAccessor currentUser) {
        this.experts = experts;
        this.currentUser = currentUser;
    }

    @GetMapping("/internal/experts/{id}")
    @Operation(summary = "An expert the caller's institution may push demands to, or the calling expert himself")
    ExpertSummary expert(@PathVariable long id) {
        return experts.summary(id, currentUser.current());
    }
}
