package com.gongxuhui.expert.technology;

import com.gongxuhui.common.persistence.EnumSetColumn;

/** {@code technology.cooperation_modes}: the set of {@link CooperationMode}s as one column. */
public class CooperationModesColumn extends EnumSetColumn<CooperationMode> {

    public CooperationModesColumn() {
        super(CooperationMode.class);
    }
}
