package com.gongxuhui.demand.push;

import com.gongxuhui.common.security.CurrentUserAccessor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
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
@RequestMapping("/api/demands/{demandId}/expert-pushes")
@Tag(name = "expert-pushes", description = "Pushing demands to experts (专家推送)")
class ExpertPushController {

    private final ExpertPushes pushes;
    private final CurrentUserAccessor currentUser;

    ExpertPushController(ExpertPushes pushes, CurrentUserAccessor currentUser) {
        this.pushes = pushes;
        this.currentUser = currentUser;
    }

    record PushRequest(@NotEmpty @Size(max = 50) List<@NotNull @Positive Long> expertIds) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Push the demand to experts of the broker's own institution")
    List<ExpertPushView> push(@PathVariable long demandId, @Valid @RequestBody PushRequest request) {
        return pushes.push(demandId, request.expertIds(), currentUser.current());
    }

    @GetMapping
    @Operation(summary = "The demand's push records, with whether each was delivered")
    List<ExpertPushView> list(@PathVariable long demandId) {
        return pushes.list(demandId, currentUser.current());
    }
}
