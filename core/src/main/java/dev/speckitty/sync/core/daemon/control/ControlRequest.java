package dev.speckitty.sync.core.daemon.control;

import java.util.List;
import java.util.Objects;

/**
 * One well-formed HTTP request to the control plane (daemon.md §6), as the server adapter read it. Malformed HTTP
 * never gets this far: the adapter answers it with a 4xx of its own (§6.2).
 *
 * @param method      the request method exactly as sent (methods are case-sensitive)
 * @param path        the raw path with any query string removed, never decoded
 * @param hostHeaders every value of the {@code Host} header, in order (none, one, or several)
 * @param body        the classified body of a {@code POST}; {@link RequestBody.NotRead} for any other method
 */
public record ControlRequest(String method, String path, List<String> hostHeaders, RequestBody body) {
    public ControlRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        hostHeaders = List.copyOf(hostHeaders);
        Objects.requireNonNull(body, "body");
    }
}
