package com.gongxuhui.org.region;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Region questions of other services ({@code RegionClient} in org-api). Not routed by the gateway; the caller's
 * token is forwarded, so it is authenticated like everything else.
 */
@RestController
@RequestMapping("/internal/regions")
@Tag(name = "regions (internal)", description = "Calls of other services")
class RegionInternalController {

    private final Regions regions;

    RegionInternalController(Regions regions) {
        this.regions = regions;
    }

    @GetMapping("/{code}/descendants")
    @Operation(summary = "The codes of a region and of every region under it, itself first")
    List<String> descendants(@PathVariable @RegionCode String code) {
        return regions.descendants(code);
    }
}
