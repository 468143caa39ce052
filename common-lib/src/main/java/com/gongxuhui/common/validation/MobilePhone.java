package com.gongxuhui.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A mainland China mobile number: 11 digits starting 13–19 (the platform's login id). Null is valid. */
@Pattern(regexp = "1[3-9]\\d{9}")
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface MobilePhone {

    String message() default "{gxh.validation.MobilePhone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
