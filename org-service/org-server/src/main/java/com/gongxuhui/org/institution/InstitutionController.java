package com.gongxuhui.org.institution;

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
@RequestMapping("/api/institutions")
@Tag(name = "institutions", description = "Legal-entity institutions (法人机构)")
class InstitutionController {

    private final Institutions institutions;
    private final CurrentUserAccessor currentUser;

    InstitutionController(Institutions institutions, CurrentUserAccessor currentUser) {
        this.institutions = institutions;
        this.currentUser = currentUser;
    }

    @PostMapping
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Operation(summary = "Register an institution with its administrator (system administrator)")
    ResponseEntity<InstitutionView> register(@Valid @RequestBody RegisterInstitutionRequest request) {
        InstitutionView created = institutions.register(request, currentUser.current());
        return ResponseEntity.created(URI.create("/api/institutions/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "Institutions the caller may see, by name/USCC, type and region")
    PageView<InstitutionView> search(@Valid InstitutionSearch search, @Valid PageQuery page) {
        return institutions.search(search, page, currentUser.current());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One institution")
    InstitutionView get(@PathVariable long id) {
        return institutions.get(id, currentUser.current());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'INST_ADMIN')")
    @Operation(summary = "Change an institution's type, services, minimum fee ratio, introduction, head")
    InstitutionView update(@PathVariable long id, @Valid @RequestBody UpdateInstitutionRequest request) {
        return institutions.update(id, request, currentUser.current());
    }
}
