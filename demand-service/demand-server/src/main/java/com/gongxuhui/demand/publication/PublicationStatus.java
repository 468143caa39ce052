package com.gongxuhui.demand.publication;

public enum PublicationStatus {
    OPEN,
    ACCEPTED
}
