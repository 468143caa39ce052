package com.gongxuhui.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Dates are validated against the province's today: at 00:30 in Zhejiang (16:30 UTC the day before) a contract signed
 * today is "past or present", though a server in UTC is still at yesterday.
 */
class ProvinceDateValidationTest {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Shanghai");

    record Signed(@PastOrPresent LocalDate signedOn) {
    }

    @Test
    void validationReadsTheDateInTheProvince() {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        new WebAutoConfiguration().provinceDateForValidation().customize(configuration);

        try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
            assertThat(factory.getClockProvider().getClock().getZone()).isEqualTo(PROVINCE);
            Validator validator = factory.getValidator();
            LocalDate todayInTheProvince = LocalDate.now(PROVINCE);
            assertThat(validator.validate(new Signed(todayInTheProvince))).isEmpty();
            assertThat(validator.validate(new Signed(todayInTheProvince.plusDays(1)))).hasSize(1);
        }
    }
}
