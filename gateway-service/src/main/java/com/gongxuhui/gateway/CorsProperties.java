package com.gongxuhui.gateway;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param allowedOrigins the origins of the browser console (comma-separated in configuration) */
@ConfigurationProperties("gxh.cors")
public record CorsProperties(List<String> allowedOrigins) {
}
