package com.gongxuhui.org.institution;

import com.gongxuhui.common.security.CurrentUser;

/**
 * Every institution has its head office as a centre from the start (its administrator belongs to it). The centre
 * feature opens it, as it depends on institutions and not the other way.
 */
public interface HeadOffices {

    /** Opens the head office of an institution being registered, in that transaction; returns its centre id. */
    long openFor(Institution institution, CurrentUser actor);
}
