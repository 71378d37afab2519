package dev.costfit.pricing.update.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A local Cloud Billing Catalog API v1 for tests, on 127.0.0.1: GET /v1/services and GET /v1/services/{id}/skus,
 * with pageSize and pageToken (tokens it did not issue are INVALID_ARGUMENT, as Google answers a stale one), the key
 * in X-Goog-Api-Key or ?key= (a wrong one is Google's API_KEY_INVALID error), answers from the fixtures in
 * src/test/resources/cloudbilling. A {@link Fault} can take over any request.
 */
public final class FakeBillingCatalog implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();
    /** The key the server accepts; tests check it is never printed. */
    public static final String KEY = "costfit-test-gcp-key-do-not-print";

    /** Takes over request number {@code n} (1-based) when it returns true. */
    public interface Fault {
        boolean handle(HttpExchange exchange, int n) throws IOException;
    }

    private final HttpServer server;
    private final List<JsonNode> services;
    private final Map<String, List<JsonNode>> skus;
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    public final AtomicInteger requests = new AtomicInteger();
    /** Path and query of every request, and the key header each carried. */
    public final List<String> uris = new CopyOnWriteArrayList<>();
    public final List<String> keyHeaders = new CopyOnWriteArrayList<>();
    public volatile int pageSize = 5000;
    public volatile Fault fault = (exchange, n) -> false;

    private FakeBillingCatalog(UnaryOperator<ObjectNode> edit) throws IOException {
        services = list(read("services.json").get("services"));
        skus = new LinkedHashMap<>();
        for (JsonNode service : services) {
            String id = service.get("serviceId").asText();
            InputStream in = FakeBillingCatalog.class.getResourceAsStream("/cloudbilling/skus-" + id + ".json");
            if (in != null) {
                try (in) {
                    skus.put(id, list(JSON.readTree(in).get("skus")).stream()
                            .map(s -> (JsonNode) edit.apply((ObjectNode) s.deepCopy())).toList());
                }
            }
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeBillingCatalog start() {
        return start(UnaryOperator.identity());
    }

    /** A server over the fixtures, each SKU passed through {@code edit} (to inject a bad one). */
    public static FakeBillingCatalog start(UnaryOperator<ObjectNode> edit) {
        try {
            return new FakeBillingCatalog(edit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = FakeBillingCatalog.class.getResourceAsStream("/cloudbilling/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return JSON.readTree(in);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int n = requests.incrementAndGet();
            URI uri = exchange.getRequestURI();
            uris.add(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            String header = exchange.getRequestHeaders().getFirst("X-Goog-Api-Key");
            keyHeaders.add(String.valueOf(header));
            if (fault.handle(exchange, n)) {
                return;
            }
            Map<String, String> query = query(uri.getRawQuery());
            String key = header != null ? header : query.get("key");
            if (!KEY.equals(key)) {
                error(exchange, 400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.");
                return;
            }
            String path = uri.getPath();
            if (!"GET".equals(exchange.getRequestMethod())) {
                error(exchange, 405, "INVALID_ARGUMENT", "expected GET");
            } else if (path.equals("/v1/services")) {
                page(exchange, "services", services, query);
            } else if (path.startsWith("/v1/services/") && path.endsWith("/skus")) {
                String id = path.substring("/v1/services/".length(), path.length() - "/skus".length());
                List<JsonNode> list = skus.get(id);
                if (list == null) {
                    error(exchange, 404, "NOT_FOUND", "Service not found.");
                } else if (!"USD".equals(query.getOrDefault("currencyCode", "USD"))) {
                    error(exchange, 400, "INVALID_ARGUMENT", "expected USD in this test server");
                } else {
                    page(exchange, "skus", list, query);
                }
            } else {
                error(exchange, 404, "NOT_FOUND", "no such resource " + path);
            }
        }
    }

    private void page(HttpExchange exchange, String field, List<JsonNode> all, Map<String, String> query)
            throws IOException {
        int from = 0;
        String token = query.get("pageToken");
        if (token != null) {
            if (!issued.contains(token)) {
                error(exchange, 400, "INVALID_ARGUMENT", "Invalid page token.");
                return;
            }
            from = Integer.parseInt(token.substring(token.indexOf(':') + 1));
        }
        int size = Math.min(pageSize, Integer.parseInt(query.getOrDefault("pageSize", "5000")));
        int to = Math.min(all.size(), from + size);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode items = answer.putArray(field);
        all.subList(from, to).forEach(items::add);
        String next = "";
        if (to < all.size()) {
            next = "t" + requests.get() + ":" + to;
            issued.add(next);
        }
        answer.put("nextPageToken", next);
        send(exchange, 200, JSON.writeValueAsBytes(answer));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Google's error model: {"error": {"code", "message", "status"}}. */
    public static void error(HttpExchange exchange, int code, String status, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        error.put("status", status);
        send(exchange, code, JSON.writeValueAsBytes(body));
    }

    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
