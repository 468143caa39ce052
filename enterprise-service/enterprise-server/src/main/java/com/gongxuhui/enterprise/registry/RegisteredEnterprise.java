package com.gongxuhui.enterprise.registry;

import com.gongxuhui.common.time.ProvinceTime;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An enterprise as the business registry knows it (工商信息), for the user to confirm. {@code regionCode} is
 * derived from the credit code: digits 3–8 are the administrative division of the registering authority, which
 * for a Zhejiang enterprise ({@code 33xxxx}) is its county, city or the province. Elsewhere it is left empty and
 * the user chooses.
 */
public record RegisteredEnterprise(String name, String uscc, String legalRepresentative, String registeredCapital,
        LocalDate establishedOn, String address, String businessScope, String industry, String regionCode) {

    static RegisteredEnterprise of(RegistryAnswer.BaseInfo info) {
        return new RegisteredEnterprise(info.name(), info.creditCode(), info.legalPersonName(), info.regCapital(),
                info.estiblishTime() == null ? null
                        : LocalDate.ofInstant(Instant.ofEpochMilli(info.estiblishTime()), ProvinceTime.ZONE),
                info.regLocation(), info.businessScope(), info.industry(), zhejiangDivisionOf(info.creditCode()));
    }

    static String zhejiangDivisionOf(String uscc) {
        if (uscc == null || uscc.length() != 18) {
            return null;
        }
        String division = uscc.substring(2, 8);
        return division.startsWith("33") && division.chars().allMatch(Character::isDigit) ? division : null;
    }
}
