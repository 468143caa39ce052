package com.gongxuhui.org.account;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.validation.StrongPassword;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.audit.AuditTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Everyone changes his own name, position and password. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "auth")
class ProfileController {

    private final AccountQueries accounts;
    private final AccountLifecycle lifecycle;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final CurrentUserAccessor currentUser;

    ProfileController(AccountQueries accounts, AccountLifecycle lifecycle, PasswordEncoder passwordEncoder,
            AuditTrail audit, CurrentUserAccessor currentUser) {
        this.accounts = accounts;
        this.lifecycle = lifecycle;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    record ProfileChange(@NotBlank @Size(max = 50) String name, @Size(max = 50) String position) {
    }

    record PasswordChange(@NotBlank @Size(max = 64) String currentPassword,
            @NotBlank @StrongPassword String newPassword) {
    }

    @PutMapping("/me")
    @Transactional
    @Operation(summary = "Change one's own name and position")
    ResponseEntity<Void> changeProfile(@Valid @RequestBody ProfileChange change) {
        CurrentUser user = currentUser.current();
        Account account = accounts.own(user);
        Map<String, String> before = profile(account);
        account.setName(change.name());
        account.setPosition(change.position());
        lifecycle.save(account);
        audit.record(user.actor(), "PROFILE_UPDATED", "ACCOUNT", account.getId(), account.getInstitutionId(), before,
                profile(account));
        return ResponseEntity.noContent().build();
    }

    /** The current password proves it is the owner at the keyboard; all his logins end, this one included. */
    @PutMapping("/password")
    @Transactional
    @Operation(summary = "Change one's own password (all current logins end)")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange change) {
        CurrentUser user = currentUser.current();
        Account account = accounts.own(user);
        if (!passwordEncoder.matches(change.currentPassword(), account.getPasswordHash())) {
            throw ProblemException.badRequest("CURRENT_PASSWORD_WRONG");
        }
        lifecycle.changePassword(account, change.newPassword());
        audit.record(user.actor(), "PASSWORD_CHANGED", "ACCOUNT", account.getId(), account.getInstitutionId(), null,
                null);
        return ResponseEntity.noContent().build();
    }

    private static Map<String, String> profile(Account account) {
        return Map.of("name", account.getName(), "position", account.getPosition() == null ? "" : account.getPosition());
    }
}
