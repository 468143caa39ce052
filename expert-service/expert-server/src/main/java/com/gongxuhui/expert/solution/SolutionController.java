package com.gongxuhui.expert.solution;

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
@RequestMapping("/api/experts/{expertId}/solutions")
@Tag(name = "solutions", description = "Technical solutions (技术方案) of an expert")
class SolutionController {

    private final Solutions solutions;
    private final CurrentUserAccessor currentUser;

    SolutionController(Solutions solutions, CurrentUserAccessor currentUser) {
        this.solutions = solutions;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Add a technical solution (the maintaining institution's administrator)")
    ResponseEntity<SolutionView> add(@PathVariable long expertId, @Valid @RequestBody SolutionForm form) {
        SolutionView created = solutions.add(expertId, form, currentUser.current());
        return ResponseEntity.created(URI.create("/api/experts/" + expertId + "/solutions/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    SolutionView edit(@PathVariable long expertId, @PathVariable long id, @Valid @RequestBody SolutionForm form) {
        return solutions.edit(expertId, id, form, currentUser.current());
    }

    @GetMapping
    List<SolutionView> list(@PathVariable long expertId) {
        return solutions.list(expertId, currentUser.current());
    }
}
