package com.gongxuhui.common.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service checks tokens: where org-service publishes its keys, and which of the service's paths
 * answer without a token (besides health and API docs, which always do).
 */
@ConfigurationProperties("gxh.security")
public class ResourceServerProperties {

    /** org-service's JWKS endpoint. */
    private String jwksUri = "http://127.0.0.1:8081/oauth2/jwks";

    /** Resolve the JWKS host through service discovery (production, where it is {@code http://org-service/...}). */
    private boolean jwksLoadBalanced;

    /** Ant-style patterns, optionally preceded by an HTTP method: {@code "POST /api/auth/login"}. */
    private List<String> publicPaths = new ArrayList<>();

    public String getJwksUri() {
        return jwksUri;
    }

    public void setJwksUri(String jwksUri) {
        this.jwksUri = jwksUri;
    }

    public boolean isJwksLoadBalanced() {
        return jwksLoadBalanced;
    }

    public void setJwksLoadBalanced(boolean jwksLoadBalanced) {
        this.jwksLoadBalanced = jwksLoadBalanced;
    }

    public List<String> getPublicPaths() {
        return publicPaths;
    }

    public void setPublicPaths(List<String> publicPaths) {
        this.publicPaths = publicPaths;
    }
}
