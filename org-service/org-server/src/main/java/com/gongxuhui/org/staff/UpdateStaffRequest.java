package com.gongxuhui.org.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator changes of a staff member in place (his centre changes by a move, with history). */
public record UpdateStaffRequest(@NotBlank @Size(max = 50) String name, @Size(max = 50) String position,
        boolean centreAdmin) {
}
