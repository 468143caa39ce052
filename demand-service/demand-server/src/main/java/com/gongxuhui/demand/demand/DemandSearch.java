package com.gongxuhui.demand.demand;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The list's filters, as the manual's tabs (待审核, 对接中, 已完成 …) use them; {@code mine} keeps the demands the
 * caller submitted or handles; {@code sort} is {@code field,direction} over submittedAt, updatedAt or deadline.
 * {@code after} is the keyset form of paging: the page that follows the demand with this id in the list's order
 * (the last one of the page before), which costs what the first page costs however deep it is, where
 * {@code page=5000} makes the database step over 100 000 rows.
 */
public record DemandSearch(DemandStatus status, @Size(max = 40) String field, @Size(max = 50) String keyword,
        Boolean mine, @Pattern(regexp = "(submittedAt|updatedAt|deadline)(,(asc|desc))?") String sort,
        @Positive Long after) {
}
