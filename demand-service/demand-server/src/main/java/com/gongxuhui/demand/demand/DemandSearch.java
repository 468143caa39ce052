package com.gongxuhui.demand.demand;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The list's filters, as the manual's tabs (待审核, 对接中, 已完成 …) use them; {@code mine} keeps the demands the
 * caller submitted or handles; {@code sort} is {@code field,direction} over submittedAt, updatedAt or deadline.
 */
public record DemandSearch(DemandStatus status, @Size(max = 40) String field, @Size(max = 50) String keyword,
        Boolean mine, @Pattern(regexp = "(submittedAt|updatedAt|deadline)(,(asc|desc))?") String sort) {
}
