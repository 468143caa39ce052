package com.gongxuhui.deploy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes' NetworkPolicy semantics, enough to ask whether one endpoint may open a TCP/UDP connection to another:
 * a connection needs the source's egress and the destination's ingress to allow it; a pod that no policy of a
 * direction selects is open in that direction; a selected pod admits only what some rule of a selecting policy
 * admits (peers: pod and namespace selectors, IP blocks with exceptions; ports by number or by the destination
 * container's port name).
 */
final class NetworkPolicies {

    /** A pod (or, with no namespace, an address outside the cluster). */
    record Endpoint(String name, String namespace, Map<String, String> labels, Map<String, Integer> ports, String ip) {

        static Endpoint pod(String name, String namespace, Map<String, String> labels, Map<String, Integer> ports) {
            // pods get addresses of the cluster's (private) pod range
            return new Endpoint(name, namespace, labels, ports, "10.244." + (Math.abs(name.hashCode()) % 250) + ".7");
        }

        static Endpoint outside(String ip) {
            return new Endpoint(ip, null, Map.of(), Map.of(), ip);
        }

        boolean isPod() {
            return namespace != null;
        }
    }

    private final List<NetworkPolicy> policies;
    private final Map<String, Map<String, String>> namespaceLabels;

    NetworkPolicies(List<NetworkPolicy> policies, Map<String, Map<String, String>> namespaceLabels) {
        this.policies = policies;
        this.namespaceLabels = namespaceLabels;
    }

    boolean allows(Endpoint from, Endpoint to, int port, String protocol) {
        return egressAllows(from, to, port, protocol) && ingressAllows(from, to, port, protocol);
    }

    boolean allows(Endpoint from, Endpoint to, int port) {
        return allows(from, to, port, "TCP");
    }

    private boolean egressAllows(Endpoint from, Endpoint to, int port, String protocol) {
        if (!from.isPod()) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(from, "Egress");
        return selecting.isEmpty() || selecting.stream().anyMatch(policy -> policy.getSpec().getEgress() != null
                && policy.getSpec().getEgress().stream().anyMatch(rule ->
                peersMatch(rule.getTo(), policy, to) && portsMatch(rule.getPorts(), to, port, protocol)));
    }

    private boolean ingressAllows(Endpoint from, Endpoint to, int port, String protocol) {
        if (!to.isPod()) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(to, "Ingress");
        return selecting.isEmpty() || selecting.stream().anyMatch(policy -> policy.getSpec().getIngress() != null
                && policy.getSpec().getIngress().stream().anyMatch(rule ->
                peersMatch(rule.getFrom(), policy, from) && portsMatch(rule.getPorts(), to, port, protocol)));
    }

    private List<NetworkPolicy> selecting(Endpoint pod, String direction) {
        return policies.stream()
                .filter(p -> namespace(p).equals(pod.namespace()))
                .filter(p -> types(p).contains(direction))
                .filter(p -> matches(p.getSpec().getPodSelector(), pod.labels()))
                .toList();
    }

    private static List<String> types(NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types != null && !types.isEmpty()) {
            return types;
        }
        return policy.getSpec().getEgress() != null ? List.of("Ingress", "Egress") : List.of("Ingress");
    }

    private boolean peersMatch(List<NetworkPolicyPeer> peers, NetworkPolicy policy, Endpoint other) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(peer -> peerMatches(peer, policy, other));
    }

    private boolean peerMatches(NetworkPolicyPeer peer, NetworkPolicy policy, Endpoint other) {
        if (peer.getIpBlock() != null) {
            return inBlock(other.ip(), peer.getIpBlock());
        }
        if (!other.isPod()) {
            return false;
        }
        boolean namespaceMatches = peer.getNamespaceSelector() == null
                ? other.namespace().equals(namespace(policy))
                : matches(peer.getNamespaceSelector(), namespaceLabels.getOrDefault(other.namespace(), Map.of()));
        boolean podMatches = peer.getPodSelector() == null || matches(peer.getPodSelector(), other.labels());
        return namespaceMatches && podMatches;
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, Endpoint to, int port, String protocol) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        return ports.stream().anyMatch(p -> {
            String ruleProtocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
            if (!ruleProtocol.equals(protocol)) {
                return false;
            }
            if (p.getPort() == null) {
                return true;
            }
            Integer number = p.getPort().getIntVal() != null ? p.getPort().getIntVal()
                    : to.ports().get(p.getPort().getStrVal());
            if (number == null) {
                return false;
            }
            int end = p.getEndPort() == null ? number : p.getEndPort();
            return port >= number && port <= end;
        });
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                String value = labels.get(requirement.getKey());
                boolean ok = switch (requirement.getOperator()) {
                    case "In" -> value != null && requirement.getValues().contains(value);
                    case "NotIn" -> value == null || !requirement.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new IllegalArgumentException("operator " + requirement.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String namespace(NetworkPolicy policy) {
        String namespace = policy.getMetadata().getNamespace();
        return namespace == null ? RenderedChart.NAMESPACE : namespace;
    }

    private static boolean inBlock(String ip, IPBlock block) {
        if (!inCidr(ip, block.getCidr())) {
            return false;
        }
        return block.getExcept() == null || block.getExcept().stream().noneMatch(except -> inCidr(ip, except));
    }

    static boolean inCidr(String ip, String cidr) {
        String[] parts = cidr.split("/");
        int prefix = Integer.parseInt(parts[1]);
        BigInteger address = toNumber(ip);
        BigInteger network = toNumber(parts[0]);
        BigInteger mask = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(32 - prefix).subtract(BigInteger.ONE));
        return address.and(mask).equals(network.and(mask));
    }

    private static BigInteger toNumber(String ip) {
        try {
            return new BigInteger(1, InetAddress.getByName(ip).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }
}
