package com.gongxuhui.org.institution;

import com.gongxuhui.common.persistence.EnumSetColumn;

public class ServiceTypesColumn extends EnumSetColumn<ServiceType> {

    public ServiceTypesColumn() {
        super(ServiceType.class);
    }
}
