package com.gongxuhui.demand.expertportal;

/** 对接中 / 已取消: an expert's docking of a demand. */
public enum DockingStatus {
    ACTIVE,
    CANCELLED
}
