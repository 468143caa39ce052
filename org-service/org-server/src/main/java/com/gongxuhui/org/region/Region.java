package com.gongxuhui.org.region;

import com.gongxuhui.org.api.region.RegionLevel;
import com.gongxuhui.org.api.region.RegionView;

/** A region of Zhejiang; {@code parentCode} is empty for the province only. */
public record Region(String code, String name, RegionLevel level, String parentCode) {

    public RegionView view() {
        return new RegionView(code, name, level, parentCode);
    }
}
