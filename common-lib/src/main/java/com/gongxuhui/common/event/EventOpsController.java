package com.gongxuhui.common.event;

import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform operator's view of what this service's events got stuck on, the same in every service under
 * {@code /api/ops/<service name>/…} (the gateway routes each service's prefix to it): outbox rows the relay parked
 * and events its consumers parked, each with its error, and the way back for each once its cause is fixed.
 */
@RestController
@RequestMapping("/api/ops/${spring.application.name}")
@PreAuthorize("hasRole('SYS_ADMIN')")
@Tag(name = "operations")
public class EventOpsController {

    private final ParkedOutbox outbox;
    private final DeadLetters deadLetters;

    public EventOpsController(ParkedOutbox outbox, DeadLetters deadLetters) {
        this.outbox = outbox;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/outbox/parked")
    @Operation(summary = "Outbox rows the relay gave up on, newest first, with the last error")
    public PageView<ParkedOutbox.ParkedRow> parkedOutbox(@Valid PageQuery page) {
        return outbox.list(page);
    }

    @PostMapping("/outbox/parked/{id}/resend")
    @Operation(summary = "Puts a parked outbox row back in the relay's queue (202; 404 when no such parked row)")
    public ResponseEntity<Void> resend(@PathVariable long id) {
        outbox.resend(id);
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/parked-events")
    @Operation(summary = "Events this service's consumers parked, newest first; waiting=true: not replayed yet")
    public PageView<DeadLetters.ParkedEvent> parkedEvents(@RequestParam(defaultValue = "false") boolean waiting,
            @Valid PageQuery page) {
        return deadLetters.list(waiting, page);
    }

    @PostMapping("/parked-events/{id}/replay")
    @Operation(summary = "Applies a parked event again, at most once (409 with the error when it still fails)")
    public DeadLetters.ParkedEvent replay(@PathVariable long id) {
        return deadLetters.replay(id);
    }
}
