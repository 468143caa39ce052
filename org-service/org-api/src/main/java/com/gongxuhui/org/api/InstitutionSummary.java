package com.gongxuhui.org.api;

import java.math.BigDecimal;

/** What other services need of an institution; {@code minFeeRatio} is a percent with two decimals. */
public record InstitutionSummary(long id, String name, String type, String regionCode, BigDecimal minFeeRatio) {
}
