package dev.costfit.profile.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.costfit.cli.CliRun;
import dev.costfit.profile.ProfileFormat;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.YamlLoader;
import dev.costfit.yaml.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema is the generated one, a real validator (networknt, draft 2020-12) accepts every profile
 * costfit reads, and refuses the bad profiles costfit refuses wherever a schema can say why (a reviewer's cases, each
 * through both: {@link ProfileSchemaAgreementTest}).
 */
class ProfileSchemaTest {

    private static final Path PUBLISHED = Path.of(ProfileSchema.PUBLISHED);
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ProfileSchema.text(), InputFormat.JSON);

    /**
     * Bad profiles costfit refuses that a schema cannot: rules between fields, ranges of values written with units,
     * the catalog, and YAML that is not a tree of keys (the editor's YAML parser flags those, not its schema).
     */
    private static final Map<String, String> BEYOND_A_SCHEMA = new TreeMap<>(Map.ofEntries(
            Map.entry("alias-bomb.yaml", "YAML aliases: refused while loading"),
            Map.entry("duplicate-key.yaml", "a key twice: refused while loading"),
            Map.entry("empty-file.yaml", "no document"),
            Map.entry("invalid-yaml-indentation.yaml", "not YAML"),
            Map.entry("too-deep.yaml", "nesting: refused while loading"),
            Map.entry("duplicate-name.yaml", "names unique across documents"),
            Map.entry("unknown-region.yaml", "regions are the catalog's"),
            Map.entry("cpu-time-longer-than-duration.yaml", "cpu_time against duration"),
            Map.entry("snapstart-on-node.yaml", "SnapStart against the runtime"),
            Map.entry("snapstart-with-provisioned-concurrency.yaml", "SnapStart against provisioned concurrency"),
            Map.entry("p50-above-p95.yaml", "percentiles in order"),
            Map.entry("timeout-shorter-than-p99.yaml", "timeout against duration"),
            Map.entry("bound-in-flight-fifteen-million.yaml", "rate × duration"),
            Map.entry("bound-budget-zero.yaml", "range of a budget string"),
            Map.entry("bound-duration-beyond-a-year.yaml", "range of a duration string"),
            Map.entry("bound-init-100000h.yaml", "range of a duration string"),
            Map.entry("bound-rate-a-trillion-a-second.yaml", "range of a rate string"),
            Map.entry("bound-slo-budget-zero.yaml", "range of a duration string"),
            Map.entry("bound-slo-share-zero.yaml", "range of a percentage string"),
            Map.entry("bound-storage-1000tb.yaml", "range of a size string"),
            Map.entry("burst-below-1x.yaml", "range of a multiplier string"),
            Map.entry("duration-zero.yaml", "range of a duration string"),
            Map.entry("memory-under-1mb.yaml", "range of a size string"),
            Map.entry("percentage-over-100.yaml", "range of a percentage string"),
            Map.entry("rate-zero.yaml", "range of a rate string")));

    @Test
    void thePublishedSchemaIsTheGeneratedOne() throws IOException {
        String generated = ProfileSchema.text();
        if (Boolean.getBoolean("costfit.regenerate")) {
            Files.writeString(PUBLISHED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PUBLISHED)).as("%s is stale: run mvn -q test -Dtest=ProfileSchemaTest "
                + "-Dcostfit.regenerate=true", PUBLISHED).isEqualTo(generated);
    }

    @Test
    void costfitSchemaPrintsTheGeneratedSchema() {
        CliRun run = CliRun.of("schema");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(ProfileSchema.text());
    }

    @Test
    void theSchemaDeclaresEveryPathOfTheFormatAndNoOther() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(ProfileSchema.text());
        List<String> declared = new ArrayList<>();
        properties("", schema, declared);
        assertThat(declared).containsExactlyElementsOf(ProfileFormat.paths());
    }

    @Test
    void everySampleAndTestProfileIsValid() throws IOException {
        int documents = 0;
        for (Path file : profileFiles()) {
            for (YamlNode document : new YamlLoader().load(file)) {
                assertThat(errors(document)).as("%s", file).isEmpty();
                documents++;
            }
        }
        assertThat(documents).isGreaterThanOrEqualTo(14);
    }

    @Test
    void sampleProfilesPointTheirEditorsAtThePublishedSchema() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("profiles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                String first = Files.readAllLines(file).get(0);
                assertThat(first).as("%s", file)
                        .isEqualTo("# yaml-language-server: $schema=../schema/profile-v1.schema.json");
                assertThat(file.getParent().resolve("../schema/profile-v1.schema.json").normalize())
                        .isEqualTo(PUBLISHED);
            }
        }
    }

    @Test
    void badProfilesAreRefusedByTheSchemaWhereverASchemaCanSayWhy() throws IOException {
        Map<String, List<String>> refused = new TreeMap<>();
        TreeSet<String> accepted = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/bad-profiles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                List<String> messages = new ArrayList<>();
                try {
                    for (YamlNode document : new YamlLoader().load(file)) {
                        errors(document).forEach(e -> messages.add(e.toString()));
                    }
                } catch (InputException e) {
                    messages.clear();
                }
                if (messages.isEmpty()) {
                    accepted.add(file.getFileName().toString());
                } else {
                    refused.put(file.getFileName().toString(), messages);
                }
            }
        }
        assertThat(accepted).isEqualTo(BEYOND_A_SCHEMA.keySet());
        assertThat(refused).hasSizeGreaterThanOrEqualTo(35);
        // Spot checks that the schema refuses for the reason the reader does.
        assertThat(refused.get("memory-bare-number.yaml")).anySatisfy(m -> assertThat(m).contains("/memory"));
        assertThat(refused.get("unknown-top-level-key.yaml")).anySatisfy(m -> assertThat(m).contains("memroy"));
        assertThat(refused.get("weights-negative.yaml")).anySatisfy(m -> assertThat(m).contains("minimum"));
        assertThat(refused.get("job-with-traffic.yaml")).anySatisfy(m -> assertThat(m).contains("/traffic"));
        assertThat(refused.get("missing-timeout.yaml")).anySatisfy(m -> assertThat(m).contains("timeout"));
        assertThat(refused.get("version-2.yaml")).anySatisfy(m -> assertThat(m).contains("/version"));
        assertThat(refused.get("mean-derived-needs-p95.yaml")).anySatisfy(m -> assertThat(m).contains("/duration"));
    }

    @Test
    void aServiceWithoutTimeoutAndAJobWithoutOneAreToldApart() {
        assertThat(errors(yaml("name: s\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\n"))).isNotEmpty();
        assertThat(errors(yaml("kind: job\nname: j\nschedule: {runs: 1/day, tasks: 1, duration: 1min}\n"
                + "memory: 1GB\n"))).isEmpty();
        assertThat(errors(yaml("kind: job\nname: j\nmemory: 1GB\n"))).isNotEmpty();
    }

    @Test
    void theColdStartBudgetAndShareGoTogether() {
        String service = "name: s\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: 2s\n";
        assertThat(errors(yaml(service + "latency: {cold_start_budget: 1s}\n"))).isNotEmpty();
        assertThat(errors(yaml(service + "latency: {cold_start_budget: 1s, cold_start_share: 1%}\n"))).isEmpty();
        assertThat(errors(yaml(service + "latency: {max_slowdown: 300%}\n"))).isEmpty();
    }

    private static List<Error> errors(YamlNode document) {
        return SCHEMA.validate(YamlJson.of(document));
    }

    private static YamlNode yaml(String text) {
        return new YamlLoader().parse("test.yaml", text).get(0);
    }

    private static List<Path> profileFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("profiles", "src/test/resources/profiles", "src/test/resources/diff/base",
                "src/test/resources/diff/head", "examples/diff-base")) {
            try (Stream<Path> list = Files.list(Path.of(dir))) {
                list.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The dotted paths of every property the schema declares, sections' shorthands looked through. */
    private static void properties(String prefix, JsonNode node, List<String> out) {
        JsonNode object = node.has("anyOf") && node.path("anyOf").get(1).has("properties")
                ? node.path("anyOf").get(1) : node;
        object.path("properties").fields().forEachRemaining(e -> {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            out.add(path);
            JsonNode child = e.getValue();
            boolean section = "object".equals(child.path("type").asText())
                    || child.has("anyOf") && child.path("anyOf").get(1).path("type").asText().equals("object")
                    && child.path("anyOf").get(1).has("properties") && !path.equals("traffic.pattern")
                    && !isRange(child.path("anyOf").get(1));
            if (section) {
                properties(path, child, out);
            }
        });
    }

    /** A value written as {low, expected, high}: one field, not a section of the format. */
    private static boolean isRange(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.path("properties").fieldNames().forEachRemaining(keys::add);
        return keys.equals(List.of("low", "expected", "high"));
    }
}
