package com.gongxuhui.enterprise.contact;

import com.gongxuhui.common.security.CurrentUserAccessor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/contacts")
@Tag(name = "enterprises")
class ContactController {

    private final Contacts contacts;
    private final CurrentUserAccessor currentUser;

    ContactController(Contacts contacts, CurrentUserAccessor currentUser) {
        this.contacts = contacts;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Add a contact (name, position, mobile number) to an enterprise")
    ResponseEntity<ContactView> add(@PathVariable long enterpriseId, @Valid @RequestBody ContactForm form) {
        ContactView created = contacts.add(enterpriseId, form, currentUser.current());
        return ResponseEntity.created(URI.create("/api/enterprises/" + enterpriseId + "/contacts/" + created.id()))
                .body(created);
    }

    @GetMapping
    List<ContactView> list(@PathVariable long enterpriseId) {
        return contacts.list(enterpriseId, currentUser.current());
    }
}
