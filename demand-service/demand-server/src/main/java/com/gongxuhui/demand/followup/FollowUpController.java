package com.gongxuhui.demand.followup;

import com.gongxuhui.common.security.CurrentUserAccessor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/demands/{demandId}/follow-ups")
@Tag(name = "follow-ups", description = "Follow-up records (跟进记录) of a demand")
class FollowUpController {

    private final FollowUps followUps;
    private final CurrentUserAccessor currentUser;

    FollowUpController(FollowUps followUps, CurrentUserAccessor currentUser) {
        this.followUps = followUps;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Record a follow-up (the handling broker, while the demand is docking)")
    ResponseEntity<FollowUpView> record(@PathVariable long demandId, @Valid @RequestBody FollowUpForm form) {
        FollowUpView created = followUps.record(demandId, form, currentUser.current());
        return ResponseEntity.created(URI.create("/api/demands/" + demandId + "/follow-ups/" + created.id()))
                .body(created);
    }

    @GetMapping
    List<FollowUpView> list(@PathVariable long demandId) {
        return followUps.list(demandId, currentUser.current());
    }
}
