package com.gongxuhui.score.rule;

import com.gongxuhui.common.security.CurrentUserAccessor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/score-rules")
@PreAuthorize("hasRole('SYS_ADMIN')")
@Tag(name = "score rules", description = "The point rules per region, valid from a date (system administrator)")
class ScoreRuleController {

    private final RuleBook rules;
    private final CurrentUserAccessor currentUser;

    ScoreRuleController(RuleBook rules, CurrentUserAccessor currentUser) {
        this.rules = rules;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Every rule set (or a region's), newest first within a region")
    List<RuleSetView> list(@RequestParam(required = false) @Pattern(regexp = "\\d{6}") String regionCode) {
        return rules.list(regionCode);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a region's rule set from a day on (today or later); past points never change")
    RuleSetView add(@Valid @RequestBody RuleSetRequest request) {
        return rules.add(request, currentUser.current().id());
    }
}
