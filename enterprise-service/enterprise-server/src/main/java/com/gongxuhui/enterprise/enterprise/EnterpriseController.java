package com.gongxuhui.enterprise.enterprise;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
@RequestMapping("/api/enterprises")
@Tag(name = "enterprises", description = "Enterprises with needs (需求企业), their registration facts and contacts")
class EnterpriseController {

    private final Enterprises enterprises;
    private final CurrentUserAccessor currentUser;

    EnterpriseController(Enterprises enterprises, CurrentUserAccessor currentUser) {
        this.enterprises = enterprises;
        this.currentUser = currentUser;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('INST_ADMIN', 'CENTER_ADMIN', 'STAFF')")
    @Operation(summary = "Record an enterprise for the caller's institution, from a confirmed lookup or by hand")
    ResponseEntity<EnterpriseView> register(@Valid @RequestBody EnterpriseForm form) {
        EnterpriseView created = enterprises.register(form, currentUser.current());
        return ResponseEntity.created(URI.create("/api/enterprises/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "Enterprises the caller may see, by name/credit code, region and mountain county")
    PageView<EnterpriseView> search(@Valid EnterpriseSearch search, @Valid PageQuery page) {
        return enterprises.search(search, page, currentUser.current());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct an enterprise's facts or region (not its credit code)")
    EnterpriseView update(@PathVariable long id, @Valid @RequestBody EnterpriseUpdate update) {
        return enterprises.update(id, update, currentUser.current());
    }
}
