package com.gongxuhui.org.staff;

import com.gongxuhui.org.account.AccountStatus;
import jakarta.validation.constraints.Size;

/** Filters of the staff list: centre, a name or phone fragment, status. */
public record StaffSearch(Long centreId, @Size(max = 50) String keyword, AccountStatus status) {
}
