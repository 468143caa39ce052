package com.gongxuhui.expert.technology;

import com.gongxuhui.common.security.CurrentUserAccessor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "technologies", description = "Technologies (技术发布) experts offer to industry")
class TechnologyController {

    private static final String MINE = "/api/expert-portal/technologies";

    private final Technologies technologies;
    private final CurrentUserAccessor currentUser;

    TechnologyController(Technologies technologies, CurrentUserAccessor currentUser) {
        this.technologies = technologies;
        this.currentUser = currentUser;
    }

    @PostMapping(MINE)
    @Operation(summary = "The calling expert publishes a technology")
    ResponseEntity<TechnologyView> publish(@Valid @RequestBody TechnologyForm form) {
        TechnologyView created = technologies.publish(form, currentUser.current());
        return ResponseEntity.created(URI.create(MINE + "/" + created.id())).body(created);
    }

    @GetMapping(MINE)
    @Operation(summary = "The calling expert's technologies, confidential detail included")
    List<TechnologyView> mine() {
        return technologies.mine(currentUser.current());
    }

    @GetMapping(MINE + "/{id}")
    TechnologyView myOne(@PathVariable long id) {
        return technologies.myOne(id, currentUser.current());
    }

    @PutMapping(MINE + "/{id}")
    TechnologyView edit(@PathVariable long id, @Valid @RequestBody TechnologyForm form) {
        return technologies.edit(id, form, currentUser.current());
    }

    @DeleteMapping(MINE + "/{id}")
    ResponseEntity<Void> withdraw(@PathVariable long id) {
        technologies.withdraw(id, currentUser.current());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/experts/{expertId}/technologies")
    @Operation(summary = "An expert's technologies: whole for his institution, the public part for other readers")
    List<TechnologyView> ofExpert(@PathVariable long expertId) {
        return technologies.ofExpert(expertId, currentUser.current());
    }
}
