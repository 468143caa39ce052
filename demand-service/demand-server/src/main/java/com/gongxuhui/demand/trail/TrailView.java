package com.gongxuhui.demand.trail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** A demand's timeline; {@code verified} is false when any stored entry no longer matches its hash chain. */
public record TrailView(long demandId, boolean verified, List<Step> steps) {

    public record Step(int seq, Instant occurredAt, Long actorId, String actorName, String action, JsonNode before,
            JsonNode after, String hash) {
    }
}
