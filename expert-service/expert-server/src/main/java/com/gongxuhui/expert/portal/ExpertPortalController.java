package com.gongxuhui.expert.portal;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.expert.expert.ExpertView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mini-program's "me": the calling expert's own information and subscriptions (EXPERT tokens only). */
@RestController
@RequestMapping("/api/expert-portal")
@Tag(name = "expert-portal", description = "The experts' WeChat mini-program")
class ExpertPortalController {

    private final Profiles profiles;
    private final Subscriptions subscriptions;
    private final CurrentUserAccessor currentUser;

    ExpertPortalController(Profiles profiles, Subscriptions subscriptions, CurrentUserAccessor currentUser) {
        this.profiles = profiles;
        this.subscriptions = subscriptions;
        this.currentUser = currentUser;
    }

    @GetMapping("/me")
    @Operation(summary = "The calling expert's own information")
    ExpertView me() {
        return profiles.mine(currentUser.current());
    }

    @PutMapping("/me")
    @Operation(summary = "Edit own organisation, title, research fields and introduction (not name or phone)")
    ExpertView editMe(@Valid @RequestBody ProfileForm form) {
        return profiles.edit(form, currentUser.current());
    }

    @GetMapping("/subscriptions")
    @Operation(summary = "The fields the calling expert subscribes to")
    SubscriptionForm subscriptions() {
        return subscriptions.mine(currentUser.current());
    }

    @PutMapping("/subscriptions")
    @Operation(summary = "Replace the subscribed fields (known field codes); a change publishes ExpertSubscribed")
    SubscriptionForm subscribe(@Valid @RequestBody SubscriptionForm form) {
        return subscriptions.replace(form, currentUser.current());
    }
}
