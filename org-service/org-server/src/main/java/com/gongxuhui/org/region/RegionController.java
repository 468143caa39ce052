package com.gongxuhui.org.region;

import com.gongxuhui.common.time.ProvinceTime;
import com.gongxuhui.org.api.region.MountainCountyStatus;
import com.gongxuhui.org.api.region.MountainCountyView;
import com.gongxuhui.org.api.region.RegionDetail;
import com.gongxuhui.org.api.region.RegionLevel;
import com.gongxuhui.org.api.region.RegionNode;
import com.gongxuhui.org.api.region.RegionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Regions are reference data: every signed-in user may read them. */
@RestController
@RequestMapping("/api/regions")
@Tag(name = "regions", description = "Zhejiang's regions and the mountain-county lists")
class RegionController {

    private final Regions regions;
    private final Clock clock;

    RegionController(Regions regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping(params = "!parent")
    @Operation(summary = "The province tree: the province, its cities, their counties")
    List<RegionNode> tree() {
        return regions.roots().stream().map(this::node).toList();
    }

    @GetMapping(params = "parent")
    @Operation(summary = "The regions directly under a region")
    List<RegionView> children(@RequestParam @RegionCode String parent) {
        return regions.children(parent).stream().map(Region::view).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "A region with its ancestors (province first); for a county, whether it is a mountain "
            + "county on the date (default: today)")
    RegionDetail region(@PathVariable @RegionCode String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Region region = regions.get(code);
        List<RegionView> ancestors = regions.ancestors(code).stream().map(Region::view).toList();
        MountainCountyStatus mountainCounty = region.level() == RegionLevel.COUNTY
                ? mountainCountyStatus(code, dateOrToday(date))
                : null;
        return new RegionDetail(region.code(), region.name(), region.level(), region.parentCode(), ancestors,
                mountainCounty);
    }

    @GetMapping("/mountain-counties")
    @Operation(summary = "The mountain counties on the date (default: today), naming each one's list")
    List<MountainCountyView> mountainCounties(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return regions.mountainCounties(dateOrToday(date)).stream().map(membership -> {
            Region county = regions.get(membership.code());
            return new MountainCountyView(county.code(), county.name(), county.parentCode(), membership.listName(),
                    membership.effectiveFrom(), membership.effectiveTo());
        }).toList();
    }

    private RegionNode node(Region region) {
        return new RegionNode(region.code(), region.name(), region.level(),
                regions.children(region.code()).stream().map(this::node).toList());
    }

    private MountainCountyStatus mountainCountyStatus(String code, LocalDate date) {
        return regions.mountainCountyMembership(code, date)
                .map(membership -> new MountainCountyStatus(date, true, membership.listName(),
                        membership.effectiveFrom(), membership.effectiveTo()))
                .orElseGet(() -> new MountainCountyStatus(date, false, null, null, null));
    }

    private LocalDate dateOrToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock.withZone(ProvinceTime.ZONE));
    }
}
