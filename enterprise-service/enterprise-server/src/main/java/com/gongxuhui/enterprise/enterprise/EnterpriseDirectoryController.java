package com.gongxuhui.enterprise.enterprise;

import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.enterprise.api.EnterpriseSummary;
import com.gongxuhui.enterprise.contact.ContactView;
import com.gongxuhui.enterprise.contact.Contacts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal API (enterprise-api's {@code EnterpriseDirectoryClient}): not routed by the gateway; other
 * services call it while serving a signed-in user whose token they forward. It answers any signed-in caller, as
 * org-service's directory does: the calling service has already decided that its user may work on the enterprise
 * (a broker handling its demand, whose institution may not be linked to it yet).
 */
@RestController
@RequestMapping("/internal/enterprises")
@Tag(name = "internal", description = "Summaries for the other services")
class EnterpriseDirectoryController {

    private final EnterpriseMapper enterprises;
    private final Contacts contacts;

    EnterpriseDirectoryController(EnterpriseMapper enterprises, Contacts contacts) {
        this.enterprises = enterprises;
        this.contacts = contacts;
    }

    @GetMapping("/{id}")
    @Operation(summary = "An enterprise's summary with its contacts")
    EnterpriseSummary enterprise(@PathVariable long id) {
        Enterprise e = Optional.ofNullable(enterprises.selectById(id))
                .orElseThrow(() -> ProblemException.notFound("ENTERPRISE_NOT_FOUND", id));
        return new EnterpriseSummary(e.getId(), e.getName(), e.getUscc(), e.getRegionCode(),
                contacts.of(id).stream().map(ContactView::summary).toList());
    }
}
