package com.gongxuhui.expert.achievement;

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
@RequestMapping("/api/experts/{expertId}/achievements")
@Tag(name = "achievements", description = "Research achievements (科研成果) of an expert")
class AchievementController {

    private final Achievements achievements;
    private final CurrentUserAccessor currentUser;

    AchievementController(Achievements achievements, CurrentUserAccessor currentUser) {
        this.achievements = achievements;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Add a research achievement (the maintaining institution's administrator)")
    ResponseEntity<AchievementView> add(@PathVariable long expertId, @Valid @RequestBody AchievementForm form) {
        AchievementView created = achievements.add(expertId, form, currentUser.current());
        return ResponseEntity.created(URI.create("/api/experts/" + expertId + "/achievements/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    AchievementView edit(@PathVariable long expertId, @PathVariable long id, @Valid @RequestBody AchievementForm form) {
        return achievements.edit(expertId, id, form, currentUser.current());
    }

    @GetMapping
    List<AchievementView> list(@PathVariable long expertId) {
        return achievements.list(expertId, currentUser.current());
    }
}
