package com.gongxuhui.demand.publication;

/** 全公开 (every institution) or 指定机构 (named ones). */
public enum PublicationScope {
    ALL,
    DESIGNATED
}
