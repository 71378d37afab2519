package dev.costfit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costfit.TestProfiles;
import dev.costfit.yaml.DefaultUsed;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.Problem;
import dev.costfit.yaml.YamlLoader;
import dev.costfit.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The field registry: one declaration per field, read by the reader, `--explain`, `diff`, the docs and the schema. */
class ProfileFormatTest {

    private static final String MINIMAL = "name: m\ntraffic: {rate: 1/s}\nduration: 2s\nmemory: 256MB\ntimeout: 10s\n";

    @Test
    void everyPathIsDeclaredOnceAndEveryFieldIsDocumentedWithAnExample() {
        List<String> paths = ProfileFormat.paths();
        assertThat(new HashSet<>(paths)).hasSameSizeAs(paths);
        assertThat(paths).hasSizeGreaterThanOrEqualTo(75);
        for (Entry entry : ProfileFormat.entries()) {
            assertThat(entry.summary()).as(entry.path()).isNotBlank();
            if (entry instanceof Field<?> field) {
                assertThat(field.doc()).as(field.path()).isNotBlank();
                assertThat(field.example()).as(field.path()).isNotBlank();
                assertThat(field.feeds()).as(field.path()).isNotEmpty();
            }
        }
    }

    @Test
    void everyExampleIsAValueItsOwnParserAccepts() throws Exception {
        for (Field<?> field : ProfileFormat.fields()) {
            YamlNode value = valueOf(field.example());
            field.type().parser().parse(value);
        }
    }

    /** A default shown as a value (1KB, 70%) must read back as that value: the docs and the schema print it. */
    @Test
    void everyFixedDefaultIsWrittenAsAValueThatReadsBackAsItself() throws Exception {
        List<String> notValues = new ArrayList<>();
        for (Field<?> field : ProfileFormat.fields()) {
            if (field.fallback() instanceof Fallback.Fixed<?> fixed) {
                try {
                    assertThat(field.type().parser().parse(valueOf(fixed.value().shown()))).as(field.path())
                            .isEqualTo(fixed.value().value());
                } catch (InvalidValue e) {
                    notValues.add(field.path());
                }
            }
        }
        // "all in the catalog" is a description, not a list of node types.
        assertThat(notValues).containsExactly("platforms.eks.node_types");
    }

    @Test
    void theDesignExampleWritesEveryPathOfTheFormat() throws Exception {
        Path example = Path.of(getClass().getResource("/profiles/design-example.yaml").toURI());
        Set<String> written = new LinkedHashSet<>();
        for (YamlNode document : new YamlLoader().load(example)) {
            collect("", document, written);
        }
        assertThat(written).containsAll(ProfileFormat.paths());
        assertThat(ProfileFormat.paths()).containsAll(written.stream().filter(p -> !p.contains("hourly")).toList());
    }

    @Test
    void aMinimalServiceReliesOnExactlyTheseDefaultsInReadingOrder() {
        List<String> paths = TestProfiles.parse(MINIMAL).defaultsUsed().stream().map(DefaultUsed::path).toList();
        assertThat(paths).containsExactly("kind", "region", "traffic.pattern", "traffic.burst", "cpu_time", "threads",
                "concurrency_per_instance", "min_instances", "ha", "architecture", "runtime", "payload.request",
                "payload.response", "payload.streaming", "storage", "trigger", "front_door", "network.private",
                "network.outbound_per_request", "network.clients", "network.requests_per_connection",
                "network.nat_share", "observability.log_bytes_per_request", "observability.retention_days",
                "observability.tracing",
                "latency.max_slowdown", "pricing", "platforms.lambda.provisioned_concurrency",
                "platforms.lambda.snapstart", "platforms.fargate.spot",
                "platforms.fargate.target_utilization", "platforms.eks.cluster_share", "platforms.eks.node_types",
                "platforms.eks.target_utilization", "platforms.eks.spot", "platforms.eks.on_demand_base",
                "platforms.eks.support", "platforms.cloud-functions-gen2.billing",
                "platforms.cloud-functions-gen2.network_tier", "clouds");
    }

    @Test
    void theDefaultsAJobReliesOnIncludeItsTimeoutAndTrigger() {
        Profile job = TestProfiles.parse("kind: job\nname: j\nschedule: {runs: 1/day, tasks: 2, duration: 10min}\n"
                + "memory: 1GB\n");
        assertThat(job.defaultsUsed()).filteredOn(d -> d.path().equals("timeout") || d.path().equals("trigger"))
                .extracting(DefaultUsed::value).containsExactly("none", "schedule");
        assertThat(ProfileFormat.paths()).containsAll(job.defaultsUsed().stream().map(DefaultUsed::path).toList());
    }

    @Test
    void diffComparesTheRegistrysFieldsInItsOrder() {
        Profile base = TestProfiles.parse(MINIMAL);
        Profile head = TestProfiles.parse(MINIMAL.replace("1/s", "2/s").replace("256MB", "1GB")
                + "gpu: {type: T4}\nclouds: [aws]\n");
        var before = ProfileFields.flatten(base);
        var after = ProfileFields.flatten(head);
        assertThat(before).containsEntry("traffic.rate", "1/s").containsEntry("gpu", "none")
                .containsEntry("clouds", "aws, gcp").doesNotContainKey("llm.model").doesNotContainKey("name");
        assertThat(after).containsEntry("traffic.rate", "2/s").containsEntry("memory", "1 GB")
                .containsEntry("gpu", "1 × T4").containsEntry("clouds", "aws");
        List<String> order = ProfileFormat.paths().stream().filter(after::containsKey).toList();
        assertThat(List.copyOf(after.keySet())).isEqualTo(order);
    }

    @Test
    void aTopLevelRateIsPointedToTrafficRateNotToName() {
        assertThat(problems(MINIMAL + "rate: 20/s\n")).containsExactly(
                "test.yaml:6:1: rate: unknown field. Did you mean 'traffic.rate'?");
    }

    @Test
    void aKeyThatBelongsToTwoMappingsNamesBoth() {
        assertThat(problems(MINIMAL + "target_utilization: 50%\n")).containsExactly("test.yaml:6:1: "
                + "target_utilization: unknown field. Did you mean 'platforms.fargate.target_utilization' or "
                + "'platforms.eks.target_utilization'?");
    }

    @Test
    void aTypoOfAKeyOfTheSameMappingIsStillSuggestedFirst() {
        // "memroy" is one transposition from memory and from gpu.memory: the key of this mapping wins the tie.
        assertThat(problems(MINIMAL + "memroy: 1GB\n")).containsExactly(
                "test.yaml:6:1: memroy: unknown field. Did you mean 'memory'?");
        assertThat(problems(MINIMAL.replace("traffic: {rate: 1/s}", "traffic: {rate: 1/s, p95: 3s}"))).containsExactly(
                "test.yaml:2:22: traffic.p95: unknown field. Did you mean 'duration.p95'?");
    }

    @Test
    void aDottedKeyIsToldThatYamlNestsByIndentation() {
        assertThat(problems(MINIMAL + "platforms.eks.cluster_share: 50%\n")).containsExactly("test.yaml:6:1: "
                + "platforms.eks.cluster_share: unknown field. Dots do not nest keys in YAML: write cluster_share: "
                + "indented under platforms: then eks:.");
    }

    @Test
    void aMissingRequiredFieldSaysWhatItIsAndHowToWriteIt() {
        assertThat(problems("name: m\ntraffic: {rate: 1/s}\nduration: 2s\ntimeout: 10s\n")).containsExactly(
                "test.yaml:1:1: memory: missing; this field is required: memory per function instance, container "
                        + "or job task, written as a size with a unit, such as 512MB or 2GB (B, KB, MB, GB, TB or "
                        + "KiB, MiB, GiB, TiB; all powers of 1024)");
    }

    private static List<String> problems(String yaml) {
        List<String> out = new ArrayList<>();
        assertThatThrownBy(() -> TestProfiles.parse(yaml)).isInstanceOfSatisfying(InputException.class,
                e -> e.problems().forEach(p -> out.add(withoutKnownFields(p))));
        return out;
    }

    private static String withoutKnownFields(Problem p) {
        String text = p.render();
        int known = text.indexOf(" Known fields here:");
        return known < 0 ? text : text.substring(0, known);
    }

    private static YamlNode valueOf(String yaml) {
        YamlNode.Mapping doc = (YamlNode.Mapping) new YamlLoader().parse("example", "v: " + yaml).get(0);
        return doc.entries().get("v").value();
    }

    private static void collect(String path, YamlNode node, Set<String> out) {
        if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) {
                String p = path.isEmpty() ? e.key() : path + "." + e.key();
                out.add(p);
                collect(p, e.value(), out);
            }
        }
    }
}
