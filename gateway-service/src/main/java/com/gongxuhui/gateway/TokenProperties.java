package com.gongxuhui.gateway;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where org-service publishes its token keys and what issuer its tokens name (conventions.md, Tokens).
 *
 * @param issuer            the required {@code iss} claim
 * @param jwksUri           org-service's JWKS endpoint
 * @param jwksLoadBalanced  whether the host of {@code jwksUri} is a service id resolved by the load balancer
 */
@ConfigurationProperties("gxh.security")
public record TokenProperties(String issuer, URI jwksUri, boolean jwksLoadBalanced) {
}
