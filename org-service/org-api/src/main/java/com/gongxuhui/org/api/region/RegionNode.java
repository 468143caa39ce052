package com.gongxuhui.org.api.region;

import java.util.List;

/** A region in the province tree, with the regions directly under it (in code order). */
public record RegionNode(String code, String name, RegionLevel level, List<RegionNode> children) {
}
