package com.gongxuhui.org.centre;

import com.gongxuhui.common.security.CurrentUserAccessor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/institutions/{institutionId}/centres")
@Tag(name = "centres", description = "An institution's local transfer centres (地方转移中心)")
class CentreController {

    private final Centres centres;
    private final CurrentUserAccessor currentUser;

    CentreController(Centres centres, CurrentUserAccessor currentUser) {
        this.centres = centres;
        this.currentUser = currentUser;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'INST_ADMIN')")
    @Operation(summary = "Set up a centre (institution administrator)")
    ResponseEntity<CentreView> create(@PathVariable long institutionId, @Valid @RequestBody CentreRequest request) {
        CentreView created = centres.create(institutionId, request, currentUser.current());
        return ResponseEntity.created(URI.create("/api/institutions/" + institutionId + "/centres/" + created.id()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "The institution's centres, head office first")
    List<CentreView> list(@PathVariable long institutionId) {
        return centres.list(institutionId, currentUser.current());
    }

    @GetMapping("/{centreId}")
    CentreView get(@PathVariable long institutionId, @PathVariable long centreId) {
        return centres.get(institutionId, centreId, currentUser.current());
    }

    @PutMapping("/{centreId}")
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'INST_ADMIN')")
    CentreView update(@PathVariable long institutionId, @PathVariable long centreId,
            @Valid @RequestBody CentreRequest request) {
        return centres.update(institutionId, centreId, request, currentUser.current());
    }

    @DeleteMapping("/{centreId}")
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'INST_ADMIN')")
    @Operation(summary = "Remove a centre without staff (never the head office)")
    ResponseEntity<Void> delete(@PathVariable long institutionId, @PathVariable long centreId) {
        centres.delete(institutionId, centreId, currentUser.current());
        return ResponseEntity.noContent().build();
    }
}
