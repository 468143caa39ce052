package com.gongxuhui.enterprise.enterprise;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.demand.api.DemandActivityClient;
import com.gongxuhui.demand.api.EnterpriseDemandActivity;
import com.gongxuhui.enterprise.contact.ContactView;
import com.gongxuhui.enterprise.contact.Contacts;
import feign.FeignException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/enterprises")
@Tag(name = "enterprises", description = "Enterprises with needs (需求企业), their registration facts and contacts")
class EnterpriseController {

    private static final Logger log = LoggerFactory.getLogger(EnterpriseController.class);

    private final Enterprises enterprises;
    private final EnterpriseAccess access;
    private final Contacts contacts;
    private final DemandActivityClient demandActivity;
    private final CurrentUserAccessor currentUser;

    EnterpriseController(Enterprises enterprises, EnterpriseAccess access, Contacts contacts,
            DemandActivityClient demandActivity, CurrentUserAccessor currentUser) {
        this.demandActivity = demandActivity;
        this.enterprises = enterprises;
        this.access = access;
        this.contacts = contacts;
        this.currentUser = currentUser;
    }

    /**
     * The detail page: the enterprise, its contacts, and its demands and visits as far as the caller may see them
     * (asked of demand-service; {@code activity} is empty when demand-service does not answer, the rest still shows).
     */
    record EnterpriseDetail(EnterpriseView enterprise, List<ContactView> contacts, EnterpriseDemandActivity activity) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('INST_ADMIN', 'CENTER_ADMIN', 'STAFF')")
    @Operation(summary = "Record an enterprise for the caller's institution, from a confirmed lookup or by hand")
    ResponseEntity<EnterpriseView> register(@Valid @RequestBody EnterpriseForm form) {
        EnterpriseView created = enterprises.register(form, currentUser.current());
        return ResponseEntity.created(URI.create("/api/enterprises/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "Enterprises the caller may see, by name/credit code, region and mountain county")
    PageView<EnterpriseView> search(@Valid EnterpriseSearch search, @Valid PageQuery page) {
        return enterprises.search(search, page, currentUser.current());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enterprise with its contacts")
    EnterpriseDetail detail(@PathVariable long id) {
        Enterprise enterprise = access.requireVisible(currentUser.current(), id);
        return new EnterpriseDetail(EnterpriseView.of(enterprise), contacts.of(id), activity(id));
    }

    private EnterpriseDemandActivity activity(long id) {
        try {
            return demandActivity.activity(id);
        } catch (FeignException unavailable) {
            // the detail is still worth showing without its demand activity
            log.warn("Demand activity of enterprise {} unavailable: {}", id, unavailable.getMessage());
            return null;
        }
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct an enterprise's facts or region (not its credit code)")
    EnterpriseView update(@PathVariable long id, @Valid @RequestBody EnterpriseUpdate update) {
        return enterprises.update(id, update, currentUser.current());
    }
}
