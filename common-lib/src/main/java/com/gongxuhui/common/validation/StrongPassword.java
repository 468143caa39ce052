package com.gongxuhui.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The password policy: 8–64 characters with at least one letter and one digit. Null is valid. */
@Pattern(regexp = "(?=.*[A-Za-z])(?=.*\\d).{8,64}")
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface StrongPassword {

    String message() default "{gxh.validation.StrongPassword}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
