package com.gongxuhui.org.institution;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.org.dingtalk.DingTalkInvitationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/institutions/{institutionId}/administrator")
@Tag(name = "institutions")
class InstitutionAdministratorController {

    private final InstitutionAdministrators administrators;
    private final CurrentUserAccessor currentUser;

    InstitutionAdministratorController(InstitutionAdministrators administrators, CurrentUserAccessor currentUser) {
        this.administrators = administrators;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The institution's administrator, with his DingTalk invitation (its last error for the "
            + "institution's administrator and the system administrator)")
    InstitutionAdministratorView get(@PathVariable long institutionId) {
        return administrators.get(institutionId, currentUser.current());
    }

    @PostMapping("/dingtalk-invitation")
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'INST_ADMIN')")
    @Operation(summary = "Invite the institution's administrator into the province's DingTalk organisation again, now",
            description = DingTalkInvitationView.REINVITE)
    DingTalkInvitationView reinviteToDingTalk(@PathVariable long institutionId) {
        return administrators.reinviteToDingTalk(institutionId, currentUser.current());
    }
}
