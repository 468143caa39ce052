package com.gongxuhui.enterprise.directory;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.enterprise.api.EnterpriseSummary;
import com.gongxuhui.enterprise.contact.ContactView;
import com.gongxuhui.enterprise.contact.Contacts;
import com.gongxuhui.enterprise.enterprise.Enterprise;
import com.gongxuhui.enterprise.enterprise.EnterpriseAccess;
import com.gongxuhui.enterprise.enterprise.Enterprises;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal API (enterprise-api's {@code EnterpriseDirectoryClient}): not routed by the gateway; other
 * services call it while serving a signed-in user whose token they forward. It answers in that user's scope
 * ({@link EnterpriseAccess}), never on existence alone: an enterprise id in a demand is only as good as the
 * caller's right to see the enterprise, so that naming another institution's enterprise reaches nothing.
 */
@RestController
@RequestMapping("/internal/enterprises")
@Tag(name = "internal", description = "Summaries for the other services")
class EnterpriseDirectoryController {

    private final EnterpriseAccess access;
    private final Enterprises enterprises;
    private final Contacts contacts;
    private final CurrentUserAccessor currentUser;

    EnterpriseDirectoryController(EnterpriseAccess access, Enterprises enterprises, Contacts contacts,
            CurrentUserAccessor currentUser) {
        this.access = access;
        this.enterprises = enterprises;
        this.contacts = contacts;
        this.currentUser = currentUser;
    }

    /** An enterprise named in a request (a demand's): another institution's is refused, a security event. */
    @GetMapping("/{id}")
    @Operation(summary = "An enterprise the caller may see, with its contacts; 404 for any other")
    EnterpriseSummary enterprise(@PathVariable long id) {
        return summary(access.requireVisible(currentUser.current(), id));
    }

    /**
     * Cards shown to whoever may see them (a demand's detail shows its enterprise): the others are left out, which
     * refuses nobody anything, so it is no security event.
     */
    @GetMapping
    @Operation(summary = "Those of the enterprises that the caller may see, with their contacts")
    List<EnterpriseSummary> visible(@RequestParam @Size(max = 100) List<Long> ids) {
        return enterprises.visible(ids, currentUser.current()).stream().map(this::summary).toList();
    }

    private EnterpriseSummary summary(Enterprise e) {
        return new EnterpriseSummary(e.getId(), e.getName(), e.getUscc(), e.getRegionCode(),
                contacts.of(e.getId()).stream().map(ContactView::summary).toList());
    }
}
