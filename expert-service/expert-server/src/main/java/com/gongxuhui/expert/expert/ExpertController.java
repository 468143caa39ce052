package com.gongxuhui.expert.expert;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.expert.api.ExpertSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/experts")
@Tag(name = "experts", description = "Experts (专家) maintained by an institution")
class ExpertController {

    private final Experts experts;
    private final CurrentUserAccessor currentUser;

    ExpertController(Experts experts, CurrentUserAccessor currentUser) {
        this.experts = experts;
        this.currentUser = currentUser;
    }

    @PostMapping
    @PreAuthorize("hasRole('INST_ADMIN')")
    @Operation(summary = "Add an expert to the administrator's institution; he is invited by SMS")
    ResponseEntity<ExpertView> create(@Valid @RequestBody ExpertForm form) {
        ExpertView created = experts.create(form, currentUser.current());
        return ResponseEntity.created(URI.create("/api/experts/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "Experts the caller may see, by name, research field and organisation")
    PageView<ExpertView> search(@Valid ExpertSearch search, @Valid PageQuery page) {
        return experts.search(search, page, currentUser.current());
    }

    @GetMapping("/search")
    @Operation(summary = "The push dialog's search: experts of the caller's own institution by field and organisation")
    PageView<ExpertSummary> searchForPush(@RequestParam(required = false) @Size(max = 40) String field,
            @RequestParam(required = false) @Size(max = 100) String organisation,
            @Parameter(description = "whose experts: OWN (the caller's institution) is the only scope so far")
            @RequestParam(defaultValue = "OWN") PushScope scope,
            @Valid PageQuery page) {
        return experts.searchForPush(field, organisation, scope, page, currentUser.current());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an expert (the maintaining institution's administrator)")
    ExpertView update(@PathVariable long id, @Valid @RequestBody ExpertForm form) {
        return experts.update(id, form, currentUser.current());
    }
}
