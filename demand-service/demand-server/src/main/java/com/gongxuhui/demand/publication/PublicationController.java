package com.gongxuhui.demand.publication;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.demand.demand.DemandView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "publication", description = "Opening demands to other institutions (需求公开) and accepting them (受理)")
class PublicationController {

    private final Publications publications;
    private final PoolClaims claims;
    private final CurrentUserAccessor currentUser;

    PublicationController(Publications publications, PoolClaims claims, CurrentUserAccessor currentUser) {
        this.publications = publications;
        this.claims = claims;
        this.currentUser = currentUser;
    }

    /** Claiming from the pool: the fee ratio defaults to the institution's minimum; more may be offered. */
    record Claim(@NotNull Boolean commitmentSigned,
            @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal feeRatePercent) {
    }

    record Acceptance(@NotNull Boolean commitmentSigned) {
    }

    @PostMapping("/api/demands/{id}/publication")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a docking demand to all or named institutions (its institution's administrator)")
    PublicationView publish(@PathVariable long id, @Valid @RequestBody PublicationRequest request) {
        return publications.publish(id, request, currentUser.current());
    }

    @PostMapping("/api/demands/{id}/acceptance")
    @Operation(summary = "Accept an opened demand on a signed commitment (another institution's administrator)")
    PublicationView accept(@PathVariable long id, @Valid @RequestBody Acceptance acceptance) {
        return publications.accept(id, acceptance.commitmentSigned(), currentUser.current());
    }

    @PostMapping("/api/demands/{id}/claim")
    @Operation(summary = "Claim a demand a municipal platform brought into the pool (揭榜, an institution's administrator)")
    DemandView claim(@PathVariable long id, @Valid @RequestBody Claim claim) {
        return claims.claim(id, claim.commitmentSigned(), claim.feeRatePercent(), currentUser.current());
    }

    @GetMapping("/api/demand-pool")
    @Operation(summary = "Demands open to the caller's institution and unclaimed platform demands (需求大厅)")
    PageView<DemandView> pool(@Valid PageQuery page) {
        return publications.pool(currentUser.current(), page);
    }
}
