package com.gongxuhui.org.institution;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

public record InstitutionView(long id, String name, String uscc, boolean usccCheckOverridden, InstitutionType type,
        Set<ServiceType> serviceTypes, String regionCode, BigDecimal minFeeRatio, String introduction,
        String headName, Instant createdAt) {

    public static InstitutionView of(Institution i) {
        return new InstitutionView(i.getId(), i.getName(), i.getUscc(), i.isUsccCheckOverridden(), i.getType(),
                i.getServiceTypes(), i.getRegionCode(), i.getMinFeeRatio(), i.getIntroduction(), i.getHeadName(),
                i.getCreatedAt());
    }
}
