package com.gongxuhui.enterprise.enterprisedetail;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.demand.api.DemandActivityClient;
import com.gongxuhui.demand.api.EnterpriseDemandActivity;
import com.gongxuhui.enterprise.contact.ContactView;
import com.gongxuhui.enterprise.contact.Contacts;
import com.gongxuhui.enterprise.enterprise.Enterprise;
import com.gongxuhui.enterprise.enterprise.EnterpriseAccess;
import com.gongxuhui.enterprise.enterprise.EnterpriseView;
import feign.FeignException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An enterprise's detail page, composed of the enterprise, its contacts and its demand activity: kept apart from
 * those features so that each of them stays readable on its own (the enterprise knows nothing of its contacts).
 */
@RestController
@RequestMapping("/api/enterprises")
@Tag(name = "enterprises")
class EnterpriseDetailController {

    private static final Logger log = LoggerFactory.getLogger(EnterpriseDetailController.class);

    private final EnterpriseAccess access;
    private final Contacts contacts;
    private final DemandActivityClient demandActivity;
    private final CurrentUserAccessor currentUser;

    EnterpriseDetailController(EnterpriseAccess access, Contacts contacts, DemandActivityClient demandActivity,
            CurrentUserAccessor currentUser) {
        this.access = access;
        this.contacts = contacts;
        this.demandActivity = demandActivity;
        this.currentUser = currentUser;
    }

    /**
     * The detail page: the enterprise, its contacts, and its demands and visits as far as the caller may see them
     * (asked of demand-service; {@code activity} is empty when demand-service does not answer, the rest still shows).
     */
    record EnterpriseDetail(EnterpriseView enterprise, List<ContactView> contacts, EnterpriseDemandActivity activity) {
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
}
