package cn.jiangmen.greenchannel.perf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small /engine-rest client for the two-node check and the REST benchmark: HTTP Basic, JSON,
 * one or more nodes. A request goes to the node the caller prefers while it is alive; a node marked
 * down (or one that refuses the connection) is skipped and the request is sent to the next live
 * node. Requests that may have reached a dying node are the caller's to verify: see
 * {@link RestJourneyRunner}.
 */
public class EngineRest {

    /** The answer and the node (index) that gave it. */
    public record Response(int status, String body, JsonNode json, int node) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** No node answered (all down or unreachable). */
    public static class NoNodeException extends RuntimeException {
        NoNodeException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> baseUrls;
    private final AtomicIntegerArray down;
    private final Map<String, String> passwords;
    private final HttpClient http;
    final AtomicLong connectionFailures = new AtomicLong();

    public EngineRest(List<String> baseUrls, Map<String, String> passwords) {
        this.baseUrls = List.copyOf(baseUrls);
        this.down = new AtomicIntegerArray(baseUrls.size());
        this.passwords = passwords;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public int nodes() {
        return baseUrls.size();
    }

    public void markDown(int node) {
        down.set(node, 1);
    }

    public boolean isDown(int node) {
        return down.get(node) == 1;
    }

    public Response get(int node, String user, String path) {
        return send(node, user, "GET", path, null);
    }

    public Response post(int node, String user, String path, Object body) {
        return send(node, user, "POST", path, body);
    }

    public Response put(int node, String user, String path, Object body) {
        return send(node, user, "PUT", path, body);
    }

    /** Sends to {@code node} or, while it is down, to the next live node; retries refused connections. */
    public Response send(int node, String user, String method, String path, Object body) {
        return send(node, user, method, path, body, "application/json");
    }

    /** As {@link #send(int, String, String, String, Object)} with the given Accept header. */
    public Response send(int node, String user, String method, String path, Object body, String accept) {
        String payload;
        try {
            payload = body == null ? null : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        IOException last = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int attempt = 0;
        while (System.nanoTime() < deadline) {
            int target = live(node + attempt);
            attempt++;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrls.get(target) + "/engine-rest" + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", accept)
                    .header("Authorization", basic(user));
            if (payload != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                HttpResponse<String> response = http.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                String text = response.body();
                JsonNode json = null;
                if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))
                        && accept.equals("application/json")) {
                    json = JSON.readTree(text);
                }
                return new Response(response.statusCode(), text, json, target);
            } catch (IOException e) {
                // connection refused or reset: the node died (or is dying); the caller verifies
                // whether a non-idempotent request took effect before it retries
                connectionFailures.incrementAndGet();
                last = e;
                if (payload != null && !"GET".equals(method)) {
                    throw new NodeFailure(target, e);
                }
                sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NoNodeException("interrupted", e);
            }
        }
        throw new NoNodeException("no node answered " + method + " " + path, last);
    }

    /** A write whose outcome is unknown: the node failed while it was being sent or answered. */
    public static class NodeFailure extends RuntimeException {
        public final int node;

        NodeFailure(int node, IOException cause) {
            super("node " + node + " failed during a write: " + cause, cause);
            this.node = node;
        }
    }

    private int live(int preferred) {
        for (int i = 0; i < baseUrls.size(); i++) {
            int candidate = Math.floorMod(preferred + i, baseUrls.size());
            if (down.get(candidate) == 0) {
                return candidate;
            }
        }
        throw new NoNodeException("every node is down", null);
    }

    private String basic(String user) {
        String password = passwords.get(user);
        if (password == null) {
            password = passwords.get("*");
        }
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Engine REST variable JSON: {"name": {"value": v, "type": T}} (the tests' one definition). */
    public static Map<String, Object> typed(Map<String, Object> variables) {
        return cn.jiangmen.greenchannel.support.EngineRestClient.typed(variables);
    }

    public static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
