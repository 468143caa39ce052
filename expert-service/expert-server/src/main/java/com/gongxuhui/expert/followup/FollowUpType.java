package com.gongxuhui.expert.followup;

/** How the institution kept in touch with the expert (the same kinds as a demand's follow-ups). */
public enum FollowUpType {
    PHONE,
    VISIT,
    MEETING,
    ONLINE,
    OTHER
}
