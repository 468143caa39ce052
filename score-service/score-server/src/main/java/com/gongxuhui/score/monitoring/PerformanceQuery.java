package com.gongxuhui.score.monitoring;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What a monitoring request asks for apart from paging: the period (default: the year so far), a region inside
 * the caller's scope, and the order ({@code sort=points,desc}).
 */
public record PerformanceQuery(@DateTimeFormat(iso = ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = ISO.DATE) LocalDate to, @Pattern(regexp = "\\d{6}") String regionCode, String sort) {
}
