package com.gongxuhui.demand.demand;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.demand.trail.DemandTrail;
import com.gongxuhui.demand.trail.TrailView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/demands")
@Tag(name = "demands", description = "Demands (需求) and their lifecycle")
class DemandController {

    private final Demands demands;
    private final DemandAccess access;
    private final DemandTrail trail;
    private final CurrentUserAccessor currentUser;

    DemandController(Demands demands, DemandAccess access, DemandTrail trail, CurrentUserAccessor currentUser) {
        this.demands = demands;
        this.access = access;
        this.trail = trail;
        this.currentUser = currentUser;
    }

    record Review(@NotNull Boolean approved, @Size(max = 500) String reason) {
    }

    record Handler(@NotNull Long handlerId) {
    }

    record Closure(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('STAFF', 'CENTER_ADMIN')")
    @Operation(summary = "Submit a demand (broker); it waits for the institution's review")
    ResponseEntity<DemandView> submit(@Valid @RequestBody DemandForm form) {
        DemandView created = demands.submit(form, currentUser.current());
        return ResponseEntity.created(URI.create("/api/demands/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "Demands the caller may see, by status (the manual's tabs), field, keyword, mine")
    PageView<DemandView> search(@Valid DemandSearch search, @Valid PageQuery page) {
        return demands.search(search, page, currentUser.current());
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "Approve (→ 对接中) or reject with a reason (institution administrator)")
    DemandView review(@PathVariable long id, @Valid @RequestBody Review review) {
        return demands.review(id, review.approved(), review.reason(), currentUser.current());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a rejected demand (its submitter) or update a docking one (its handler or the "
            + "institution administrator); the trail records the fields that changed")
    DemandView edit(@PathVariable long id, @Valid @RequestBody DemandForm form) {
        return demands.edit(id, form, currentUser.current());
    }

    @PostMapping("/{id}/resubmission")
    @Operation(summary = "Send a corrected demand back to review (its submitter)")
    DemandView resubmit(@PathVariable long id) {
        return demands.resubmit(id, currentUser.current());
    }

    @PutMapping("/{id}/handler")
    @Operation(summary = "Hand the demand to another broker (institution or centre administrator)")
    DemandView reassign(@PathVariable long id, @Valid @RequestBody Handler handler) {
        return demands.reassign(id, handler.handlerId(), currentUser.current());
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close a docking demand that cannot be solved, with the reason")
    DemandView close(@PathVariable long id, @Valid @RequestBody Closure closure) {
        return demands.close(id, closure.reason(), currentUser.current());
    }

    @GetMapping("/{id}/trail")
    @Operation(summary = "The demand's timeline, with whether its hash chain still verifies")
    TrailView trail(@PathVariable long id) {
        access.requireVisible(currentUser.current(), demands.find(id));
        return trail.read(id);
    }
}
