package com.gongxuhui.org.region;

import com.gongxuhui.common.web.ProblemException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is under whom among the regions. Immutable. Siblings are kept in code order, which is the order the
 * statistics bureau lists them in and the one people expect in a picker.
 */
final class RegionTree {

    private final Map<String, Region> byCode = new HashMap<>();
    private final Map<String, List<Region>> childrenByParent = new HashMap<>();
    private final List<Region> roots = new ArrayList<>();

    RegionTree(Collection<Region> regions) {
        regions.stream().sorted(Comparator.comparing(Region::code)).forEach(region -> {
            byCode.put(region.code(), region);
            if (region.parentCode() == null) {
                roots.add(region);
            } else {
                childrenByParent.computeIfAbsent(region.parentCode(), parent -> new ArrayList<>()).add(region);
            }
        });
    }

    Optional<Region> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    Region get(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("REGION_NOT_FOUND", code));
    }

    List<Region> roots() {
        return Collections.unmodifiableList(roots);
    }

    List<Region> children(String code) {
        Region parent = get(code);
        return Collections.unmodifiableList(childrenByParent.getOrDefault(parent.code(), List.of()));
    }

    /** The regions above, the province first; empty for the province. */
    List<Region> ancestors(String code) {
        LinkedList<Region> ancestors = new LinkedList<>();
        for (Region above = byCode.get(get(code).parentCode()); above != null; above = byCode.get(above.parentCode())) {
            ancestors.addFirst(above);
        }
        return ancestors;
    }

    /** The region itself, then everything under it (each region before its children). */
    List<Region> descendants(String code) {
        List<Region> descendants = new ArrayList<>();
        collect(get(code), descendants);
        return descendants;
    }

    /** Whether {@code code} is {@code ancestorCode} or lies under it; unknown codes are within nothing. */
    boolean isWithin(String code, String ancestorCode) {
        for (Region region = byCode.get(code); region != null; region = byCode.get(region.parentCode())) {
            if (region.code().equals(ancestorCode)) {
                return true;
            }
        }
        return false;
    }

    private void collect(Region region, List<Region> into) {
        into.add(region);
        childrenByParent.getOrDefault(region.code(), List.of()).forEach(child -> collect(child, into));
    }
}
