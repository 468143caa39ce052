package com.gongxuhui.common.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Each security event as one JSON line of the {@code gxh.security} log, which the log collector keeps. */
public class LoggedSecurityEvents implements SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("gxh.security");

    private final ObjectMapper objectMapper;

    public LoggedSecurityEvents(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void record(SecurityEvent event) {
        try {
            log.warn("{}", objectMapper.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            log.warn("{}", event);
        }
    }
}
