package com.gongxuhui.org.region;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The shape of an administrative-division code: six digits, cities included (3301 is written 330100). Whether
 * the region exists is {@link Regions}' question. Null is valid.
 */
@Pattern(regexp = "\\d{6}")
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface RegionCode {

    /** From org-service's messages (zh-CN and en), through Spring's message source. */
    String message() default "{problem.field.regionCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
