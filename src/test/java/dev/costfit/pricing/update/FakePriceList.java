package dev.costfit.pricing.update;

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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A local AWS Price List Query API for tests, on 127.0.0.1: POST / with X-Amz-Target
 * AWSPriceListService.GetProducts (or GetAttributeValues), JSON 1.1 bodies, TERM_MATCH filters over the products'
 * attributes, products answered as JSON strings, NextToken paging. A {@link Fault} can take over any request.
 */
final class FakePriceList implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_11 = "application/x-amz-json-1.1";

    /** Takes over request number {@code n} (1-based) when it returns true. */
    interface Fault {
        boolean handle(HttpExchange exchange, int n) throws IOException;
    }

    private final HttpServer server;
    private final List<JsonNode> products;
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    final AtomicInteger requests = new AtomicInteger();
    final List<String> targets = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<String> authorizations = new java.util.concurrent.CopyOnWriteArrayList<>();
    volatile int pageSize = 100;
    volatile Fault fault = (exchange, n) -> false;

    private FakePriceList(List<JsonNode> products) throws IOException {
        this.products = products;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    static FakePriceList start() {
        return start(UnaryOperator.identity());
    }

    /** A server over the fixtures, each product passed through {@code edit} (to inject a bad product). */
    static FakePriceList start(UnaryOperator<JsonNode> edit) {
        try {
            return new FakePriceList(fixtures().stream().map(p -> edit.apply(p.deepCopy())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server over the fixtures without those {@code dropped} matches (a service or a key missing). */
    static FakePriceList without(java.util.function.Predicate<JsonNode> dropped) {
        try {
            return new FakePriceList(fixtures().stream().filter(dropped.negate()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every fixture product: the assembled ones and those of recorded GetProducts answers. */
    static List<JsonNode> fixtures() throws IOException {
        List<JsonNode> all = new ArrayList<>();
        JSON.readTree(resource("products.json")).forEach(all::add);
        for (String recorded : List.of("ec2-m4.large-eu-central-1.json", "ec2-m4.large-us-east-1.json")) {
            for (JsonNode text : JSON.readTree(resource("recorded/" + recorded)).get("PriceList")) {
                all.add(JSON.readTree(text.asText()));
            }
        }
        return all;
    }

    private static InputStream resource(String name) {
        InputStream in = FakePriceList.class.getResourceAsStream("/pricelist/" + name);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + name);
        }
        return in;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int n = requests.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            targets.add(target);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            if (fault.handle(exchange, n)) {
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod()) || !"/".equals(exchange.getRequestURI().getPath())
                    || !String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).startsWith(JSON_11)) {
                error(exchange, 400, "SerializationException", "expected POST / with " + JSON_11);
                return;
            }
            JsonNode request = JSON.readTree(body);
            switch (target) {
                case "AWSPriceListService.GetProducts" -> getProducts(exchange, request);
                case "AWSPriceListService.GetAttributeValues" -> attributeValues(exchange);
                default -> error(exchange, 400, "UnknownOperationException", "unknown target " + target);
            }
        }
    }

    private void getProducts(HttpExchange exchange, JsonNode request) throws IOException {
        List<JsonNode> matching = products.stream()
                .filter(p -> p.path("serviceCode").asText().equals(request.path("ServiceCode").asText()))
                .filter(p -> matches(p, request.path("Filters"))).toList();
        int from = 0;
        String token = request.path("NextToken").asText(null);
        if (token != null) {
            if (!issuedTokens.contains(token)) {
                error(exchange, 400, "InvalidNextTokenException", "The NextToken is invalid");
                return;
            }
            from = Integer.parseInt(token.substring(token.indexOf(':') + 1));
        }
        int size = Math.min(pageSize, request.path("MaxResults").asInt(100));
        int to = Math.min(matching.size(), from + size);
        ObjectNode answer = JSON.createObjectNode();
        answer.put("FormatVersion", "aws_v1");
        ArrayNode list = answer.putArray("PriceList");
        for (JsonNode product : matching.subList(from, to)) {
            list.add(JSON.writeValueAsString(product));
        }
        if (to < matching.size()) {
            String next = "token-" + requests.get() + ":" + to;
            issuedTokens.add(next);
            answer.put("NextToken", next);
        }
        send(exchange, 200, JSON.writeValueAsBytes(answer));
    }

    private void attributeValues(HttpExchange exchange) throws IOException {
        Set<String> regions = new TreeSet<>();
        products.forEach(p -> {
            String r = p.path("product").path("attributes").path("regionCode").asText("");
            if (!r.isEmpty()) {
                regions.add(r);
            }
        });
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode values = answer.putArray("AttributeValues");
        regions.forEach(r -> values.addObject().put("Value", r));
        send(exchange, 200, JSON.writeValueAsBytes(answer));
    }

    private static boolean matches(JsonNode product, JsonNode filters) {
        for (JsonNode filter : filters) {
            String field = filter.path("Field").asText();
            String value = filter.path("Value").asText();
            JsonNode p = product.path("product");
            String actual = field.equals("productFamily") ? p.path("productFamily").asText()
                    : p.path("attributes").path(field).asText(null);
            if (!"TERM_MATCH".equals(filter.path("Type").asText()) || actual == null
                    || !actual.equalsIgnoreCase(value)) {
                return false;
            }
        }
        return true;
    }

    static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        send(exchange, status, JSON.writeValueAsBytes(Map.of("__type", type, "Message", message)));
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", JSON_11);
        exchange.getResponseHeaders().set("x-amzn-RequestId", "test-" + System.nanoTime());
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
