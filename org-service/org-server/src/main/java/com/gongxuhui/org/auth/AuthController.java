package com.gongxuhui.org.auth;

import com.gongxuhui.common.security.ClientAddress;
import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.org.account.AccountQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "auth", description = "Login, token refresh, logout and the caller's own account")
class AuthController {

    private final Logins logins;
    private final AccountQueries accounts;
    private final CurrentUserAccessor currentUser;

    AuthController(Logins logins, AccountQueries accounts, CurrentUserAccessor currentUser) {
        this.logins = logins;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    record LoginRequest(@NotBlank @Size(max = 20) String phone, @NotBlank @Size(max = 64) String password) {
    }

    record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {
    }

    @PostMapping("/login")
    @Operation(summary = "Log in with phone and password")
    TokenPair login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return logins.login(request.phone(), request.password(), ClientAddress.of(http));
    }

    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for a new pair (the old refresh token dies)")
    TokenPair refresh(@Valid @RequestBody RefreshRequest request, HttpServletRequest http) {
        return logins.refresh(request.refreshToken(), ClientAddress.of(http));
    }

    @PostMapping("/logout")
    @Operation(summary = "End this login: its access token and refresh tokens are refused from now on")
    ResponseEntity<Void> logout() {
        logins.logout(currentUser.current().tokenFamily());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's account")
    MeView me() {
        return MeView.of(accounts.own(currentUser.current()));
    }
}
