package com.gongxuhui.demand.expertportal;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.demand.expertportal.ExpertDemandScope.View;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The demand side of the experts' mini-program (the rest of the portal is expert-service's). */
@RestController
@RequestMapping("/api/expert-portal")
@PreAuthorize("hasRole('EXPERT')")
@Tag(name = "expert portal", description = "Demands pushed to the expert or matching his subscriptions; docking")
class ExpertPortalController {

    private final ExpertDemands demands;
    private final Dockings dockings;
    private final CurrentUserAccessor currentUser;

    ExpertPortalController(ExpertDemands demands, Dockings dockings, CurrentUserAccessor currentUser) {
        this.demands = demands;
        this.dockings = dockings;
        this.currentUser = currentUser;
    }

    record DockingRequest(@NotNull @Positive Long demandId, @Size(max = 500) String note) {
    }

    @GetMapping("/demands")
    @Operation(summary = "Demands pushed to me, docked by me, or matching my subscriptions (view=ALL|PUSHED|SUBSCRIBED|DOCKED)")
    PageView<ExpertDemandView> list(@RequestParam(defaultValue = "ALL") View view, @Valid PageQuery page) {
        return demands.list(view, page, currentUser.current());
    }

    @GetMapping("/demands/{id}")
    @Operation(summary = "A demand I may see, with the broker's contact once pushed to me or docked")
    ExpertDemandView detail(@PathVariable long id) {
        return demands.detail(id, currentUser.current());
    }

    @PostMapping("/dockings")
    @Operation(summary = "Dock a docking demand (对接该需求)")
    ResponseEntity<DockingView> dock(@Valid @RequestBody DockingRequest request) {
        DockingView docking = dockings.dock(request.demandId(), request.note(), currentUser.current());
        return ResponseEntity.created(URI.create("/api/expert-portal/dockings/" + docking.id())).body(docking);
    }

    @GetMapping("/dockings")
    @Operation(summary = "My dockings, newest first")
    List<DockingView> mine() {
        return dockings.mine(currentUser.current());
    }

    @DeleteMapping("/dockings/{id}")
    @Operation(summary = "Cancel my docking (取消对接); the record stays, cancelled")
    DockingView cancel(@PathVariable long id) {
        return dockings.cancel(id, currentUser.current());
    }
}
