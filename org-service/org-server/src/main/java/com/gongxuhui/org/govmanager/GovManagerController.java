package com.gongxuhui.org.govmanager;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.org.dingtalk.DingTalkInvitationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/gov-managers")
@PreAuthorize("hasRole('SYS_ADMIN')")
@Tag(name = "gov-managers", description = "Science-bureau managers (科技管理人员), managed by the system administrator")
class GovManagerController {

    private final GovManagers managers;
    private final CurrentUserAccessor currentUser;

    GovManagerController(GovManagers managers, CurrentUserAccessor currentUser) {
        this.managers = managers;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Create a bureau manager of a province, city or county")
    ResponseEntity<GovManagerView> create(@Valid @RequestBody NewGovManagerRequest request) {
        GovManagerView created = managers.create(request, currentUser.current());
        return ResponseEntity.created(URI.create("/api/gov-managers/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "Bureau managers by level, name or phone; each with his DingTalk invitation")
    PageView<GovManagerView> list(@RequestParam(required = false) GovLevel level,
            @RequestParam(required = false) @Size(max = 50) String keyword, @Valid PageQuery page) {
        return managers.list(level, keyword, page);
    }

    @PostMapping("/{id}/disable")
    GovManagerView disable(@PathVariable long id) {
        return managers.disable(id, currentUser.current());
    }

    @PostMapping("/{id}/enable")
    GovManagerView enable(@PathVariable long id) {
        return managers.enable(id, currentUser.current());
    }

    @PostMapping("/{id}/dingtalk-invitation")
    @Operation(summary = "Invite the bureau manager into the province's DingTalk organisation again, now",
            description = DingTalkInvitationView.REINVITE)
    DingTalkInvitationView reinviteToDingTalk(@PathVariable long id) {
        return managers.reinviteToDingTalk(id, currentUser.current());
    }
}
