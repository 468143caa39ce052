package com.gongxuhui.score.ledger;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/points")
@Tag(name = "points", description = "The contribution-point ledger (贡献积分明细)")
class LedgerController {

    private final Ledger ledger;
    private final CurrentUserAccessor currentUser;

    LedgerController(Ledger ledger, CurrentUserAccessor currentUser) {
        this.ledger = ledger;
        this.currentUser = currentUser;
    }

    @GetMapping("/ledger")
    @Operation(summary = "A broker's points (default: the caller's), newest first, each with its rule and source event")
    PageView<LedgerEntryView> ledger(@RequestParam(required = false) Long staffId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to, @Valid PageQuery page) {
        return ledger.entries(currentUser.current(), staffId, from, to, page);
    }
}
