package com.gongxuhui.notify.delivery;

/** Whose id {@code recipient_id} is: an account of org-service, or an expert of expert-service. */
public enum RecipientKind {
    ACCOUNT,
    EXPERT
}
