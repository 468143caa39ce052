package com.gongxuhui.org.audit;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Records every change to the organisation in the caller's transaction (an audit entry exists exactly when
 * the change does). Changes are computed from the before and after views of the object, so a view decides
 * what is audited (a password hash never is).
 */
@Component
public class AuditTrail {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final AuditEntryMapper entries;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public AuditTrail(AuditEntryMapper entries, ObjectMapper objectMapper, Clock clock) {
        this.entries = entries;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** Records a creation (before is empty) or a change; {@code before}/{@code after} are views or null. */
    public void record(Actor actor, String action, String targetType, Object targetId, Long institutionId,
            Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.setOccurredAt(clock.instant());
        entry.setActorId(actor.accountId());
        entry.setActorName(actor.name());
        entry.setAction(action);
        entry.setTargetType(targetType);
        entry.setTargetId(String.valueOf(targetId));
        entry.setInstitutionId(institutionId);
        entry.setChanges(json(changes(fields(before), fields(after))));
        entries.insert(entry);
    }

    public PageView<AuditEntryView> list(Long institutionId, String action, PageQuery page) {
        var query = Wrappers.<AuditEntry>lambdaQuery()
                .eq(institutionId != null, AuditEntry::getInstitutionId, institutionId)
                .eq(action != null, AuditEntry::getAction, action)
                .orderByDesc(AuditEntry::getId);
        return PageView.of(entries.selectPage(page.toPage(), query), this::view);
    }

    private AuditEntryView view(AuditEntry entry) {
        JsonNode changes;
        try {
            changes = objectMapper.readTree(entry.getChanges());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit entry " + entry.getId() + " holds malformed changes", e);
        }
        return new AuditEntryView(entry.getId(), entry.getOccurredAt(), entry.getActorId(), entry.getActorName(),
                entry.getAction(), entry.getTargetType(), entry.getTargetId(), entry.getInstitutionId(), changes);
    }

    private Map<String, Object> fields(Object view) {
        return view == null ? Map.of() : objectMapper.convertValue(view, FIELDS);
    }

    private static Map<String, List<Object>> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, List<Object>> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.put(field, Arrays.asList(old, value));
            }
        });
        before.forEach((field, old) -> {
            if (!after.containsKey(field) && old != null) {
                changes.put(field, Arrays.asList(old, null));
            }
        });
        return changes;
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
