package com.gongxuhui.org.staff;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.validation.StrongPassword;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.org.dingtalk.DingTalkInvitationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
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
@RequestMapping("/api/institutions/{institutionId}/staff")
@Tag(name = "staff", description = "An institution's brokers (技转人员)")
class StaffController {

    private final StaffMembers staff;
    private final CurrentUserAccessor currentUser;

    StaffController(StaffMembers staff, CurrentUserAccessor currentUser) {
        this.staff = staff;
        this.currentUser = currentUser;
    }

    record PasswordReset(@NotBlank @StrongPassword String newPassword) {
    }

    record Move(@NotNull Long centreId) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'INST_ADMIN')")
    @Operation(summary = "Add a staff member (institution administrator)")
    ResponseEntity<StaffView> create(@PathVariable long institutionId, @Valid @RequestBody NewStaffRequest request) {
        StaffView created = staff.create(institutionId, request, currentUser.current());
        return ResponseEntity.created(URI.create("/api/institutions/" + institutionId + "/staff/" + created.id()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "The institution's staff, by centre, name or phone, status; each with his DingTalk invitation "
            + "(its last error for the institution's administrator and the system administrator)")
    PageView<StaffView> list(@PathVariable long institutionId, @Valid StaffSearch search, @Valid PageQuery page) {
        return staff.list(institutionId, search, page, currentUser.current());
    }

    @GetMapping("/{staffId}")
    @Operation(summary = "One staff member, with his DingTalk invitation")
    StaffView get(@PathVariable long institutionId, @PathVariable long staffId) {
        return staff.get(institutionId, staffId, currentUser.current());
    }

    @PutMapping("/{staffId}")
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'INST_ADMIN')")
    StaffView update(@PathVariable long institutionId, @PathVariable long staffId,
            @Valid @RequestBody UpdateStaffRequest request) {
        return staff.update(institutionId, staffId, request, currentUser.current());
    }

    @PostMapping("/{staffId}/disable")
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'INST_ADMIN')")
    @Operation(summary = "Disable: no more logins, current tokens refused")
    StaffView disable(@PathVariable long institutionId, @PathVariable long staffId) {
        return staff.disable(institutionId, staffId, currentUser.current());
    }

    @PostMapping("/{staffId}/enable")
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'INST_ADMIN')")
    StaffView enable(@PathVariable long institutionId, @PathVariable long staffId) {
        return staff.enable(institutionId, staffId, currentUser.current());
    }

    @PostMapping("/{staffId}/password-reset")
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'INST_ADMIN')")
    @Operation(summary = "Set a new password; the staff member's current logins end")
    ResponseEntity<Void> resetPassword(@PathVariable long institutionId, @PathVariable long staffId,
            @Valid @RequestBody PasswordReset request) {
        staff.resetPassword(institutionId, staffId, request.newPassword(), currentUser.current());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{staffId}/move")
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'INST_ADMIN')")
    @Operation(summary = "Move to another centre of the institution (kept in the history)")
    StaffView move(@PathVariable long institutionId, @PathVariable long staffId, @Valid @RequestBody Move request) {
        return staff.move(institutionId, staffId, request.centreId(), currentUser.current());
    }

    @GetMapping("/{staffId}/moves")
    @Operation(summary = "The staff member's moves between centres, oldest first")
    List<StaffMoveView> moves(@PathVariable long institutionId, @PathVariable long staffId) {
        return staff.moves(institutionId, staffId, currentUser.current());
    }

    @PostMapping("/{staffId}/dingtalk-invitation")
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'INST_ADMIN')")
    @Operation(summary = "Invite the staff member into the province's DingTalk organisation again, now",
            description = DingTalkInvitationView.REINVITE)
    DingTalkInvitationView reinviteToDingTalk(@PathVariable long institutionId, @PathVariable long staffId) {
        return staff.reinviteToDingTalk(institutionId, staffId, currentUser.current());
    }
}
