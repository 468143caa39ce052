package com.gongxuhui.demand.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.common.crypto.Sha256;
import com.gongxuhui.common.event.Actor;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The demand's trail (留痕存证): every step is appended, in the transaction of the step, with the hash of its
 * content and of the previous entry, so that changing or removing a stored entry breaks the chain and shows
 * as {@code verified: false}.
 */
@Component
public class DemandTrail {

    static final String GENESIS = "0".repeat(64);

    private final TrailEntryMapper entries;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public DemandTrail(TrailEntryMapper entries, ObjectMapper objectMapper, Clock clock) {
        this.entries = entries;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** Appends a step; {@code before}/{@code after} are what changed (maps or records), either may be null. */
    public void append(long demandId, Actor actor, String action, Object before, Object after) {
        TrailEntry previous = entries.last(demandId).orElse(null);
        TrailEntry entry = new TrailEntry();
        entry.setDemandId(demandId);
        entry.setSeq(previous == null ? 1 : previous.getSeq() + 1);
        // Whole seconds: what every database and driver keeps exactly (Connector/J drops the fraction on
        // MariaDB, which it takes for MySQL 5.5), so that re-hashing a stored entry gives the same hash.
        entry.setOccurredAt(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        entry.setActorId(actor.accountId());
        entry.setActorName(actor.name());
        entry.setAction(action);
        entry.setBeforeData(json(before));
        entry.setAfterData(json(after));
        entry.setPrevHash(previous == null ? GENESIS : previous.getHash());
        entry.setHash(Sha256.hex(entry.canonical()));
        entries.insert(entry);
    }

    public TrailView read(long demandId) {
        List<TrailEntry> chain = entries.findByDemand(demandId);
        return new TrailView(demandId, verifies(chain), chain.stream().map(this::step).toList());
    }

    /** Re-hashes every entry and checks each links to the one before, from the genesis hash on. */
    static boolean verifies(List<TrailEntry> chain) {
        String expectedPrevious = GENESIS;
        int expectedSeq = 1;
        for (TrailEntry entry : chain) {
            if (entry.getSeq() != expectedSeq || !Objects.equals(entry.getPrevHash(), expectedPrevious)
                    || !Objects.equals(entry.getHash(), Sha256.hex(entry.canonical()))) {
                return false;
            }
            expectedPrevious = entry.getHash();
            expectedSeq++;
        }
        return true;
    }

    private TrailView.Step step(TrailEntry entry) {
        return new TrailView.Step(entry.getSeq(), entry.getOccurredAt(), entry.getActorId(), entry.getActorName(),
                entry.getAction(), tree(entry.getBeforeData()), tree(entry.getAfterData()), entry.getHash());
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            // A tampered entry may hold anything; the verified flag already says it is not to be trusted.
            return objectMapper.getNodeFactory().textNode(json);
        }
    }
}
