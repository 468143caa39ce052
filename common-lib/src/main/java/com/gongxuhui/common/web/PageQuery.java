package com.gongxuhui.common.web;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Paging parameters of a list request ({@code ?page=1&size=20}); the size is capped so no call reads a whole table. */
public record PageQuery(@Min(1) Integer page, @Min(1) @Max(100) Integer size) {

    public static final int DEFAULT_SIZE = 20;

    public int pageOrDefault() {
        return page == null ? 1 : page;
    }

    public int sizeOrDefault() {
        return size == null ? DEFAULT_SIZE : size;
    }

    public <E> Page<E> toPage() {
        return Page.of(pageOrDefault(), sizeOrDefault());
    }
}
