package com.gongxuhui.expert.followup;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/experts/{expertId}/follow-ups")
@Tag(name = "expert follow-ups", description = "Follow-up records (专家跟进记录) of an expert")
class FollowUpController {

    private final FollowUps followUps;
    private final CurrentUserAccessor currentUser;

    FollowUpController(FollowUps followUps, CurrentUserAccessor currentUser) {
        this.followUps = followUps;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Record a follow-up with the expert (the maintaining institution's administrator)")
    ResponseEntity<FollowUpView> record(@PathVariable long expertId, @Valid @RequestBody FollowUpForm form) {
        FollowUpView created = followUps.record(expertId, form, currentUser.current());
        return ResponseEntity.created(URI.create("/api/experts/" + expertId + "/follow-ups/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    FollowUpView edit(@PathVariable long expertId, @PathVariable long id, @Valid @RequestBody FollowUpForm form) {
        return followUps.edit(expertId, id, form, currentUser.current());
    }

    @GetMapping
    List<FollowUpView> list(@PathVariable long expertId) {
        return followUps.list(expertId, currentUser.current());
    }
}
