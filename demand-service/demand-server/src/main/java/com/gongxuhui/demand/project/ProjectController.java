package com.gongxuhui.demand.project;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/demands/{demandId}/project")
@Tag(name = "projects", description = "Cooperation projects (对接成功项目) and fee vouchers (中介费兑付凭证)")
class ProjectController {

    private final Projects projects;
    private final CurrentUserAccessor currentUser;

    ProjectController(Projects projects, CurrentUserAccessor currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register the cooperation project (the handling broker): the demand is completed")
    ProjectView register(@PathVariable long demandId, @Valid @RequestBody ProjectForm form) {
        return projects.register(demandId, form, currentUser.current());
    }

    @GetMapping
    @Operation(summary = "The project with fee due and fee paid")
    ProjectView get(@PathVariable long demandId) {
        return projects.find(demandId, currentUser.current())
                .orElseThrow(() -> ProblemException.notFound("PROJECT_NOT_FOUND", demandId));
    }

    @PostMapping("/vouchers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a fee payment against the project")
    ProjectView addVoucher(@PathVariable long demandId, @Valid @RequestBody VoucherForm form) {
        return projects.addVoucher(demandId, form, currentUser.current());
    }

    @GetMapping("/vouchers")
    List<ProjectView.Voucher> vouchers(@PathVariable long demandId) {
        return get(demandId).vouchers();
    }
}
