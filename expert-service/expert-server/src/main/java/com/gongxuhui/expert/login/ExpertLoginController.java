package com.gongxuhui.expert.login;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "expert-portal", description = "The experts' WeChat mini-program")
class ExpertLoginController {

    private final ExpertLogin login;

    ExpertLoginController(ExpertLogin login) {
        this.login = login;
    }

    @PostMapping("/api/expert-portal/login")
    @Operation(summary = "One-tap login: WeChat confirms the phone, the expert with that phone gets EXPERT tokens")
    ExpertTokens login(@Valid @RequestBody LoginForm form) {
        return login.login(form);
    }
}
