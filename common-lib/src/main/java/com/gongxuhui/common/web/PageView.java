package com.gongxuhui.common.web;

import com.baomidou.mybatisplus.core.metadata.IPage;
import java.util.List;
import java.util.function.Function;

/** The one list shape of the API: {@code {items, total, page, size}}, pages counted from 1. */
public record PageView<T>(List<T> items, long total, long page, long size) {

    public static <E, T> PageView<T> of(IPage<E> page, Function<E, T> toView) {
        return new PageView<>(page.getRecords().stream().map(toView).toList(), page.getTotal(), page.getCurrent(),
                page.getSize());
    }
}
