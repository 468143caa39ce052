package com.gongxuhui.org.dingtalk;

import com.gongxuhui.org.auth.TokenPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "auth")
class DingTalkLoginController {

    private final DingTalkLogin login;

    DingTalkLoginController(DingTalkLogin login) {
        this.login = login;
    }

    /** @param authCode the free-login code the mini-program got from {@code dd.getAuthCode} */
    record DingTalkLoginRequest(@NotBlank @Size(max = 128) String authCode) {
    }

    @PostMapping("/api/auth/dingtalk")
    @Operation(summary = "One-tap login inside DingTalk: the mini-program's auth code for a token pair")
    TokenPair login(@Valid @RequestBody DingTalkLoginRequest request) {
        return login.login(request.authCode());
    }
}
