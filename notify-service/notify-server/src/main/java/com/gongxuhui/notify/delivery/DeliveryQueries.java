package com.gongxuhui.notify.delivery;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import org.springframework.stereotype.Service;

/** Reading the deliveries back, for the platform's operator. */
@Service
class DeliveryQueries {

    private final DeliveryMapper deliveries;

    DeliveryQueries(DeliveryMapper deliveries) {
        this.deliveries = deliveries;
    }

    /** Newest first, of one status when one is given. */
    PageView<DeliveryView> list(DeliveryStatus status, PageQuery page) {
        var query = Wrappers.<Delivery>lambdaQuery().eq(status != null, Delivery::getStatus, status)
                .orderByDesc(Delivery::getId);
        return PageView.of(deliveries.selectPage(page.toPage(), query), DeliveryView::of);
    }
}
