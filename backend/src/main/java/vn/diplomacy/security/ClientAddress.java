package vn.diplomacy.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.diplomacy.common.AppConfig;

/**
 * The caller's address for limits: the connection's peer, unless that peer is one of the configured trusted
 * proxies, in which case the right-most X-Forwarded-For entry that is not itself a trusted proxy (anything
 * further left was written by the client and proves nothing).
 */
@ApplicationScoped
public class ClientAddress {
    private final Set<String> trusted;

    ClientAddress(AppConfig config) {
        this.trusted = config.trustedProxies().stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty() && !s.equals("none"))
                .collect(Collectors.toSet());
    }

    public String of(HttpServerRequest request) {
        String peer =
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (peer == null || forwarded == null || !trusted.contains(peer)) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwarded.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                String hop = hops.get(i);
                return hop.length() > 45 ? hop.substring(0, 45) : hop;
            }
        }
        return peer;
    }
}
