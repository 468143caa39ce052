package com.gongxuhui.demand.open;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open API of municipal platforms (各地自建平台): submit an enterprise's demand, follow its status. */
@RestController
@RequestMapping("/open/demands")
@Tag(name = "open API", description = "Signed machine-to-machine calls of municipal platforms (signature checked at the gateway)")
class OpenDemandController {

    private final OpenDemands openDemands;

    OpenDemandController(OpenDemands openDemands) {
        this.openDemands = openDemands;
    }

    @PostMapping
    @Operation(summary = "Submit an enterprise's demand into the pool (需求大厅); a known externalId returns it (200)")
    ResponseEntity<OpenDemandStatus> submit(@Parameter(hidden = true) OpenClient client,
            @Valid @RequestBody OpenDemandForm form) {
        OpenDemands.Submission submission = openDemands.submit(form, client);
        OpenDemandStatus demand = submission.demand();
        return submission.created()
                ? ResponseEntity.created(URI.create("/open/demands/" + demand.id())).body(demand)
                : ResponseEntity.ok(demand);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A demand the platform submitted")
    OpenDemandStatus status(@Parameter(hidden = true) OpenClient client, @PathVariable long id) {
        return openDemands.status(id, client);
    }

    @GetMapping
    @Operation(summary = "A demand the platform submitted, by the platform's own id")
    OpenDemandStatus byExternalId(@Parameter(hidden = true) OpenClient client,
            @RequestParam @NotBlank @Size(max = 64) String externalId) {
        return openDemands.statusByExternalId(externalId, client);
    }
}
