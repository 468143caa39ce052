package com.gongxuhui.notify.delivery;

import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "notifications")
class DeliveryController {

    private final DeliveryQueries deliveries;

    DeliveryController(DeliveryQueries deliveries) {
        this.deliveries = deliveries;
    }

    /** For the platform's operator: above all the FAILED ones, which nobody received. */
    @GetMapping("/api/notifications/deliveries")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Operation(summary = "Deliveries on DingTalk, WeChat and SMS, newest first, optionally of one status")
    PageView<DeliveryView> list(@RequestParam(required = false) DeliveryStatus status, @Valid PageQuery page) {
        return deliveries.list(status, page);
    }
}
