package com.gongxuhui.common.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Event bodies on the wire: the event record as JSON, UTF-8. */
public class EventJson {

    private final ObjectMapper objectMapper;

    public EventJson(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String write(IntegrationEvent event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be written as JSON: " + event.eventType(), e);
        }
    }

    public <T extends IntegrationEvent> T read(byte[] body, Class<T> type) {
        try {
            return objectMapper.readValue(body, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("Message is not a " + type.getSimpleName(), e);
        }
    }
}
