package dev.costfit.profile.schema;

import static dev.costfit.profile.schema.ProfileSchemaAgreementTest.Verdict.ACCEPT;
import static dev.costfit.profile.schema.ProfileSchemaAgreementTest.Verdict.BEYOND;
import static dev.costfit.profile.schema.ProfileSchemaAgreementTest.Verdict.CATALOG;
import static dev.costfit.profile.schema.ProfileSchemaAgreementTest.Verdict.REFUSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.costfit.cli.CliRun;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.YamlLoader;
import dev.costfit.yaml.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * costfit reads a profile exactly when `costfit schema` validates it: a reviewer's cases (the authoring audit of
 * 2026-12-07, section B, about 230 variations of one service) run through the reader and through a real validator
 * (networknt, draft 2020-12) on the document as YAML 1.2 types it, as an editor's YAML language server does. Each
 * case states the verdict both must give, and for a refusal the reader's message, written out by hand.
 *
 * <p>The rules of typing, decided once for both: YAML 1.2's core schema types a value (1.0e-05, +40, 0x28 and 40.0
 * are numbers, and 40.0 a whole one as in JSON Schema; yes and tRUE are words); a quoted "40" is text, refused where
 * a number is expected with the fix (write 40 without quotes), since an editor validating with the schema refuses it
 * too; an explicit null (key: ~, or key: with nothing after it) is refused where it is written, not read as absent.
 */
class ProfileSchemaAgreementTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ProfileSchema.text(), InputFormat.JSON);
    private static final List<String> SERVICE = List.of("version: 1", "name: x", "traffic: {rate: 20/s}",
            "duration: 6s", "memory: 512MB", "timeout: 120s");

    /** What the reader and the schema must both say of a case. */
    enum Verdict {
        /** Both accept. */
        ACCEPT,
        /** Both refuse. */
        REFUSE,
        /**
         * Both accept the document; `costfit check` refuses it against the catalog (its regions and node types,
         * which `pricing update` and --catalog extend), which no schema published once can know.
         */
        CATALOG,
        /**
         * The reader refuses what no JSON Schema can state: values written with units compared with each other (a
         * range's low above its expected), names unique across the items of a list.
         */
        BEYOND
    }

    record Case(String tag, Verdict verdict, String message, String yaml) {}

    private static final List<Case> CASES = List.of(
            service("ok", ACCEPT, ""),
            service("version-1.0", ACCEPT, "", "version: 1.0"),
            service("version-str", REFUSE,
                    "version: found \"1\" in quotes, which YAML reads as text; expected the profile format version,"
                    + " 1: write 1 without quotes", "version: \"1\""),
            service("version-hex", ACCEPT, "", "version: 0x1"),
            service("version-1e0", ACCEPT, "", "version: 1.0e+0"),
            service("name-int", REFUSE,
                    "name: found the number 2024, expected a name such as chat-api; YAML reads 2024 as a number:"
                    + " write it in quotes, \"2024\"", "name: 2024"),
            service("name-float", REFUSE, "", "name: 1.5"),
            service("name-bool", REFUSE,
                    "name: found true, expected a name such as chat-api; YAML reads true as true or false: write it"
                    + " in quotes, \"true\"", "name: true"),
            service("name-yes", ACCEPT, "", "name: yes"),
            service("name-101chars", REFUSE, "name: found '" + "a".repeat(101) + "', expected a name of 1 to 100"
                    + " printable characters (it has 101)", "name: " + "a".repeat(101)),
            service("desc-int", REFUSE,
                    "description: found the number 42, expected one line of text; YAML reads 42 as a number: write"
                    + " it in quotes, \"42\"", "description: 42"),
            service("region-int", REFUSE, "", "region: 1"),
            service("conc-str", REFUSE,
                    "concurrency_per_instance: found \"40\" in quotes, which YAML reads as text; expected a whole"
                    + " number, such as 40: write 40 without quotes", "concurrency_per_instance: \"40\""),
            service("conc-float", ACCEPT, "", "concurrency_per_instance: 40.0"),
            service("conc-hex", ACCEPT, "", "concurrency_per_instance: 0x28"),
            service("conc-underscore", REFUSE,
                    "concurrency_per_instance: found '1_0', expected a whole number, such as 40",
                    "concurrency_per_instance: 1_0"),
            service("conc-plus", ACCEPT, "", "concurrency_per_instance: +40"),
            service("conc-octal", ACCEPT, "", "concurrency_per_instance: 0o10"),
            service("conc-leading0", ACCEPT, "", "concurrency_per_instance: 040"),
            service("vcpu-str", REFUSE,
                    "vcpu: found \"0.25\" in quotes, which YAML reads as text; expected a number, such as 0.25:"
                    + " write 0.25 without quotes", "vcpu: \"0.25\""),
            service("vcpu-int", ACCEPT, "", "vcpu: 1"),
            service("vcpu-exp", ACCEPT, "", "vcpu: 2.5e-1"),
            service("vcpu-exp2", ACCEPT, "", "vcpu: 1e0"),
            service("vcpu-dot", ACCEPT, "", "vcpu: .5"),
            service("vcpu-trail", ACCEPT, "", "vcpu: 1."),
            service("vcpu-plus", ACCEPT, "", "vcpu: +1"),
            service("ha-str", REFUSE,
                    "ha: found \"true\" in quotes, which YAML reads as text; expected true or false: write true"
                    + " without quotes", "ha: \"true\""),
            service("ha-True", ACCEPT, "", "ha: True"),
            service("ha-TRUE", ACCEPT, "", "ha: TRUE"),
            service("ha-tRUE", REFUSE, "ha: found 'tRUE', expected true or false", "ha: tRUE"),
            service("ha-yes", REFUSE, "ha: found 'yes', expected true or false", "ha: yes"),
            service("ha-on", REFUSE, "", "ha: on"),
            service("mem-lower", ACCEPT, "", "memory: 512mb"),
            service("mem-space", ACCEPT, "", "memory: \"512 MB\""),
            service("mem-bytes", ACCEPT, "", "memory: 536870912B"),
            service("mem-k", REFUSE, "", "memory: 512k"),
            service("mem-M", REFUSE, "", "memory: 512M"),
            service("mem-num", REFUSE, "", "memory: 512"),
            service("mem-dot", ACCEPT, "", "memory: .5GB"),
            service("mem-trail", REFUSE, "", "memory: 1.GB"),
            service("mem-nbsp", ACCEPT, "", "memory: \"512\u00a0MB\""),
            service("mem-nbsp-trail", ACCEPT, "", "memory: \"512MB\u00a0\""),
            service("mem-tab", ACCEPT, "", "memory: \"512\tMB\""),
            service("mem-mu", REFUSE, "", "memory: 512\u00b5B"),
            service("dur-S", REFUSE, "", "duration: 6S"),
            service("dur-MS", REFUSE, "", "duration: 6000MS"),
            service("dur-m", REFUSE, "", "duration: 1m"),
            service("dur-sec", REFUSE, "", "duration: 6sec"),
            service("dur-us", REFUSE, "", "duration: 6000000us"),
            service("dur-µs", REFUSE, "", "duration: 6000000\u00b5s"),
            service("dur-d", REFUSE, "", "duration: 1d"),
            service("dur-H", REFUSE, "", "duration: 1H"),
            service("dur-Min", REFUSE, "", "duration: 1Min"),
            service("dur-map-empty", REFUSE, "", "duration: {}"),
            service("dur-map-p50only", REFUSE,
                    "duration.mean: missing; give the mean duration (it bills), or both p50 and p95 to derive it",
                    "duration: {p50: 4s}"),
            service("dur-map-meanrange", ACCEPT, "", "duration: {mean: {low: 4s, expected: 6s, high: 9s}}"),
            service("dur-range-top", REFUSE, "", "duration: {low: 4s, expected: 6s, high: 9s}"),
            service("dur-p95range", REFUSE, "", "duration: {mean: 6s, p95: {low: 4s, expected: 6s, high: 9s}}"),
            service("rate-K", ACCEPT, "", "traffic: {rate: 20K/day}"),
            service("rate-m", REFUSE, "", "traffic: {rate: 20m/day}"),
            service("rate-b", REFUSE, "", "traffic: {rate: 2b/month}"),
            service("rate-G", REFUSE, "", "traffic: {rate: 2G/month}"),
            service("rate-S", REFUSE, "", "traffic: {rate: 20/S}"),
            service("rate-sec", REFUSE, "", "traffic: {rate: 20/sec}"),
            service("rate-spaces", ACCEPT, "", "traffic: {rate: 20 k / day}"),
            service("rate-per", REFUSE, "", "traffic: {rate: 20 per s}"),
            service("rate-hr", REFUSE, "", "traffic: {rate: 20/hr}"),
            service("rate-week", REFUSE, "", "traffic: {rate: 20/week}"),
            service("rate-range", ACCEPT, "", "traffic: {rate: {low: 10/s, expected: 20/s, high: 40/s}}"),
            service("rate-range-extra", REFUSE, "", "traffic: {rate: {low: 10/s, expected: 20/s, high: 40/s, p: 1/s}}"),
            service("rate-range-missing", REFUSE, "", "traffic: {rate: {low: 10/s, expected: 20/s}}"),
            service("rate-range-unordered", BEYOND,
                    "traffic.rate: low 30/s is above expected 20/s; a range is written low ≤ expected ≤ high",
                    "traffic: {rate: {low: 30/s, expected: 20/s, high: 40/s}}"),
            service("rate-range-mixed-units", ACCEPT,
                    "", "traffic: {rate: {low: 600/min, expected: 20/s, high: 3.6M/day}}"),
            service("burst-X", ACCEPT, "", "traffic: {rate: 20/s, burst: 3X}"),
            service("burst-num", REFUSE, "", "traffic: {rate: 20/s, burst: 3}"),
            service("burst-times", REFUSE, "", "traffic: {rate: 20/s, burst: 3\u00d7}"),
            service("pattern-Flat", REFUSE, "", "traffic: {rate: 20/s, pattern: Flat}"),
            service("pattern-hourly-ints", ACCEPT,
                    "", "traffic: {rate: 20/s, pattern: {hourly: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}}"),
            service("pattern-hourly-strs", REFUSE,
                    "traffic.pattern: item 1 (line 3): found \"1\" in quotes, which YAML reads as text; expected a"
                    + " number, such as 0.25: write 1 without quotes",
                    "traffic: {rate: 20/s, pattern: {hourly: [\"1\",1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}}"),
            service("pattern-hourly-exp", ACCEPT,
                    "",
                    "traffic: {rate: 20/s, pattern: {hourly: [1e2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}}"),
            service("pattern-hourly-exp2", ACCEPT,
                    "",
                    "traffic: {rate: 20/s, pattern: {hourly: [1.0e+2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}}"),
            service("pattern-hourly-zero", REFUSE,
                    "hourly weights are all zero; at least one hour must carry traffic",
                    "traffic: {rate: 20/s, pattern: {hourly: [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}}"),
            service("pattern-hourly-23", REFUSE,
                    "", "traffic: {rate: 20/s, pattern: {hourly: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}}"),
            service("pattern-hourly-extra", REFUSE,
                    "",
                    "traffic: {rate: 20/s, pattern: {hourly: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1], x:"
                    + " 1}}"),
            service("traffic-str", REFUSE, "", "traffic: 20/s"),
            service("cpu-range", ACCEPT, "", "cpu_time: {low: 100ms, expected: 150ms, high: 300ms}"),
            service("threads-0", REFUSE, "", "threads: 0"),
            service("threads-range", REFUSE, "", "threads: {low: 1, expected: 2, high: 4}"),
            service("measured-lower", REFUSE, "", "measured_on: \"1 vcpu\""),
            service("measured-lambda", REFUSE,
                    "measured_on: measured_on converts durations by their CPU part: state cpu_time too",
                    "measured_on: \"Lambda 512mb\""),
            service("measured-lambda-space", REFUSE, "", "measured_on: \"lambda  512 MB\""),
            service("measured-gib", REFUSE, "", "measured_on: \"lambda 0.5GiB\""),
            service("budget-num", REFUSE, "", "budget: 500"),
            service("budget-dollar", REFUSE, "", "budget: \"$500\""),
            service("budget-year", ACCEPT, "", "budget: 6000/year"),
            service("budget-month", ACCEPT, "", "budget: 500/month"),
            service("budget-usd", REFUSE, "", "budget: 500 USD"),
            service("budget-comma", REFUSE, "", "budget: \"1,500/month\""),
            service("pricing-x", ACCEPT, "", "pricing: savings-plan-1y"),
            service("pricing-bad", REFUSE, "", "pricing: reserved"),
            service("clouds-str", REFUSE,
                    "clouds: found 'aws', expected a list of clouds, such as [aws], [gcp] or [aws, gcp] (at least one)",
                    "clouds: aws"),
            service("clouds-empty", REFUSE,
                    "clouds: found an empty list, expected a list of clouds, such as [aws], [gcp] or [aws, gcp] (at"
                    + " least one)", "clouds: []"),
            service("clouds-dup", ACCEPT, "", "clouds: [aws, aws]"),
            service("regions-upper", REFUSE, "", "regions: [US-EAST-1]"),
            service("regions-empty", REFUSE, "", "regions: []"),
            service("regions-str", REFUSE, "", "regions: us-east-1"),
            service("regions-weird", REFUSE, "", "regions: [\"us-east-1,eu-west-1\"]"),
            service("gpu-none", ACCEPT, "", "gpu: none"),
            service("gpu-None", REFUSE, "", "gpu: None"),
            service("gpu-false", REFUSE, "", "gpu: false"),
            service("gpu-null", REFUSE,
                    "test.yaml:7:6: gpu: found null (no value), expected none, or a mapping", "gpu: null"),
            service("gpu-empty", ACCEPT, "", "gpu: {}"),
            service("gpu-count-str", REFUSE,
                    "gpu.count: found \"1\" in quotes, which YAML reads as text; expected a whole number, such as"
                    + " 40: write 1 without quotes", "gpu: {count: \"1\"}"),
            service("gpu-t4lower", REFUSE, "", "gpu: {type: t4}"),
            service("null-field", REFUSE,
                    "test.yaml:7:14: description: found null (no value), expected one line of text",
                    "description: null"),
            service("null-field2", REFUSE,
                    "test.yaml:7:11: cpu_time: found ~ (no value), expected a duration with a unit", "cpu_time: ~"),
            service("kind-padded", REFUSE, "kind: found ' job', expected one of service, job. Did you mean 'job'?",
                    "kind: \" job\"", "timeout: 30min", "-traffic", "-duration",
                    "schedule: {runs: 30/month, tasks: 4, duration: 20min}"),
            service("memory-null", REFUSE, "test.yaml:5:9: memory: found ~ (no value), expected a size with a unit",
                    "memory: ~"),
            service("cpu-time-empty", REFUSE, "test.yaml:7:10: cpu_time: found no value, expected a duration with a"
                    + " unit", "cpu_time:"),
            service("memory-nbsp-inside", ACCEPT, "", "memory: 512\u00a0MB"),
            service("name-nbsp-end", REFUSE, "name: found 'x\\u00A0', expected a name of 1 to 100 printable"
                    + " characters, with no blank or line break at either end", "name: \"x\u00a0\""),
            service("hourly-safe-dump", ACCEPT, "", "traffic: {rate: 20/s, pattern: {hourly: [1.0e-05, 0.5, 1, 1, 1, 1,"
                    + " 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}}"),
            service("null-section", REFUSE,
                    "test.yaml:7:9: payload: found no value, expected a mapping of 'key: value' lines", "payload: "),
            service("payload-str", REFUSE, "", "payload: 20KB"),
            service("empty-map-platforms", ACCEPT, "", "platforms: {}"),
            service("platforms-null", REFUSE, "", "platforms: {lambda: }"),
            service("plat-pc-number", ACCEPT, "", "platforms: {lambda: {provisioned_concurrency: 5}}"),
            service("plat-pc-str5", REFUSE,
                    "platforms.lambda.provisioned_concurrency: found \"5\" in quotes, which YAML reads as text;"
                    + " expected auto, off, or a whole number of environments, such as 5: write 5 without quotes",
                    "platforms: {lambda: {provisioned_concurrency: \"5\"}}"),
            service("plat-pc-off", ACCEPT, "", "platforms: {lambda: {provisioned_concurrency: off}}"),
            service("plat-pc-Off", REFUSE,
                    "platforms.lambda.provisioned_concurrency: found 'Off', expected auto, off, or a whole number of"
                    + " environments, such as 5", "platforms: {lambda: {provisioned_concurrency: Off}}"),
            service("plat-pc-false", REFUSE,
                    "platforms.lambda.provisioned_concurrency: found false, expected auto, off, or a whole number of"
                    + " environments, such as 5", "platforms: {lambda: {provisioned_concurrency: false}}"),
            service("plat-snap-on", ACCEPT, "", "platforms: {lambda: {snapstart: on}}"),
            service("plat-snap-true", REFUSE, "", "platforms: {lambda: {snapstart: true}}"),
            service("plat-eks-nodes-empty", ACCEPT, "", "platforms: {eks: {node_types: []}}"),
            service("plat-eks-nodes-str", REFUSE, "", "platforms: {eks: {node_types: m7g.large}}"),
            service("plat-eks-nodes-bad", CATALOG, "", "platforms: {eks: {node_types: [m7g.huge]}}"),
            service("plat-eks-nodes-typo", CATALOG, "", "platforms: {eks: {node_types: [m7g.lareg]}}"),
            service("plat-eks-nodes-glob", CATALOG, "", "platforms: {eks: {node_types: [\"m7g.*\"]}}"),
            service("plat-unknown", REFUSE, "", "platforms: {cloudrun: {}}"),
            service("network-rpc-str", REFUSE, "", "network: {requests_per_connection: \"100\"}"),
            service("network-rpc-frac", REFUSE, "", "network: {requests_per_connection: 0.5}"),
            service("latency-slowdown", ACCEPT, "", "latency: {max_slowdown: 300%}"),
            service("latency-slowdown-big", ACCEPT, "", "latency: {max_slowdown: 3000%}"),
            service("latency-budget-only", REFUSE, "", "latency: {cold_start_budget: 1s}"),
            service("llm-model-unknown", REFUSE, "", "llm: {model: gpt-99}"),
            service("llm-model-upper", REFUSE, "", "llm: {model: Claude-Sonnet-4}"),
            service("llm-tokens-k", REFUSE, "", "llm: {model: claude-sonnet-4, input_tokens: 1.5k}"),
            service("llm-tokens-range", REFUSE,
                    "", "llm: {model: claude-sonnet-4, input_tokens: {low: 800, expected: 1500, high: 4000}}"),
            service("llm-tokens-range-float", REFUSE,
                    "", "llm: {model: claude-sonnet-4, input_tokens: {low: 800.5, expected: 1500, high: 4000}}"),
            service("llm-calls-frac", REFUSE, "", "llm: {model: claude-sonnet-4, calls_per_request: 1.5}"),
            service("coldstart-keepalive", ACCEPT, "", "cold_start: {keep_alive: 10min}"),
            service("secrets-reads-bad", REFUSE, "", "secrets: {count: 2, reads: always}"),
            service("obs-ret-bad", ACCEPT, "", "observability: {retention_days: 31}"),
            service("obs-ret-ok", ACCEPT, "", "observability: {retention_days: 30}"),
            service("obs-ret-huge", REFUSE, "", "observability: {retention_days: 100000}"),
            service("obs-sampling-only", ACCEPT, "", "observability: {trace_sampling: 10%}"),
            service("storage-bare", REFUSE, "", "storage: 512"),
            service("kind-Job", REFUSE, "", "kind: Job"),
            service("trigger-queue-delivery", ACCEPT, "", "trigger: queue", "delivery: {attempts: 3, failing: 1%}"),
            service("delivery-on-http", REFUSE,
                    "delivery: delivery describes queued messages and events: set trigger: queue or trigger: event,"
                    + " or remove it", "delivery: {batch_size: 5}"),
            service("orchestrator-nosteps", REFUSE,
                    "orchestrator: an orchestrator chains the steps of a pipeline: add steps, or remove it",
                    "orchestrator: none"),
            service("steps-and-duration", REFUSE, "", "steps: [{name: a, duration: 1s}]"),
            service("steps-only", ACCEPT, "", "-duration", "steps: [{name: a, duration: 1s}]"),
            service("steps-upper", REFUSE, "", "-duration", "steps: [{name: A, duration: 1s}]"),
            service("steps-longname", REFUSE,
                    "name (line 6, column 16): found 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', expected a name of"
                    + " 1 to 40 printable characters (it has 41)", "-duration",
                    "steps: [{name: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, duration: 1s}]"),
            service("steps-parallel1", REFUSE, "", "-duration", "steps: [{parallel: [{name: a, duration: 1s}]}]"),
            service("steps-parallel-nested", REFUSE,
                    "", "-duration",
                    "steps: [{parallel: [{name: a, duration: 1s}, {parallel: [{name: b, duration: 1s},{name: c,"
                    + " duration: 1s}]}]}]"),
            service("steps-attempts-str", REFUSE,
                    "attempts (line 6, column 43): found \"2\" in quotes, which YAML reads as text; expected a"
                    + " number, such as 0.25: write 2 without quotes", "-duration",
                    "steps: [{name: a, duration: 1s, attempts: \"2\"}]"),
            service("steps-attempts-int", ACCEPT, "", "-duration", "steps: [{name: a, duration: 1s, attempts: 2}]"),
            service("steps-attempts-exp", ACCEPT,
                    "", "-duration", "steps: [{name: a, duration: 1s, attempts: 1.5e+0}]"),
            service("steps-wait-Timer", REFUSE,
                    "", "-duration", "steps: [{name: a, duration: 1s},{name: b, duration: 1s, wait: Timer}]"),
            service("steps-wait-only", REFUSE,
                    "every step waits; a pipeline needs at least one step that runs", "-duration",
                    "steps: [{name: b, duration: 1s, wait: timer}]"),
            service("steps-empty", REFUSE, "", "-duration", "steps: []"),
            service("steps-name-num", REFUSE,
                    "found the number 1, expected a step name; YAML reads 1 as a number: write it in quotes, \"1\"",
                    "-duration", "steps: [{name: 1, duration: 1s}]"),
            service("steps-name-int-lead0", REFUSE, "", "-duration", "steps: [{name: 007, duration: 1s}]"),
            service("steps-dup", BEYOND,
                    "steps: two steps are named 'a'; names must be unique", "-duration",
                    "steps: [{name: a, duration: 1s},{name: a, duration: 1s}]"),
            service("steps-nodur", REFUSE, "", "-duration", "steps: [{name: a}]"),
            service("steps-name-space", REFUSE,
                    "found ' a', expected a name of 1 to 40 printable characters, with no blank or line break at"
                    + " either end", "-duration", "steps: [{name: \" a\", duration: 1s}]"),
            service("no-duration", REFUSE, "", "-duration"),
            service("no-timeout", REFUSE, "", "-timeout"),
            service("no-version", ACCEPT, "", "-version"),
            service("no-traffic", REFUSE, "", "-traffic"),
            service("job-basic", ACCEPT,
                    "", "kind: job", "timeout: 30min", "-traffic", "-duration",
                    "schedule: {runs: 30/month, tasks: 4, duration: 20min}"),
            service("job-with-steps", REFUSE,
                    "", "kind: job", "timeout: 30min", "-traffic", "-duration",
                    "schedule: {runs: 30/month, tasks: 4, duration: 20min}", "steps: [{name: a, duration: 1s}]"),
            service("job-tasks-range", REFUSE,
                    "", "kind: job", "timeout: 30min", "-traffic", "-duration",
                    "schedule: {runs: 30/month, tasks: {low: 1, expected: 4, high: 8}, duration: 20min}"),
            service("job-with-pattern-ok", ACCEPT,
                    "", "kind: job", "timeout: 30min", "-traffic", "-duration",
                    "schedule: {runs: 30/month, tasks: 4, duration: 20min}", "concurrency_per_instance: 4"),
            service("job-trigger-http", ACCEPT,
                    "", "kind: job", "timeout: 30min", "-traffic", "-duration",
                    "schedule: {runs: 30/month, tasks: 4, duration: 20min}", "trigger: http"),
            service("job-orchestrator", REFUSE,
                    "", "kind: job", "timeout: 30min", "-traffic", "-duration",
                    "schedule: {runs: 30/month, tasks: 4, duration: 20min}", "orchestrator: none"),
            service("job-delivery", REFUSE,
                    "", "kind: job", "timeout: 30min", "-traffic", "-duration",
                    "schedule: {runs: 30/month, tasks: 4, duration: 20min}", "delivery: {batch_size: 5}"),
            service("job-no-kind-schedule", REFUSE,
                    "", "-traffic", "-duration", "schedule: {runs: 30/month, tasks: 4, duration: 20min}"),
            service("kind-null", REFUSE,
                    "test.yaml:7:7: kind: found ~ (no value), expected one of service, job", "kind: ~"),
            service("service-with-schedule", REFUSE, "", "schedule: {runs: 30/month, tasks: 4, duration: 20min}"),
            raw("top-list", REFUSE, "", "- a\n- b\n"),
            raw("top-scalar", REFUSE, "", "hello\n"),
            raw("empty-doc", REFUSE, "", "---\n"),
            raw("two-docs-one-empty", REFUSE,
                    "",
                    "version: 1\nname: x\ntraffic: {rate: 20/s}\nduration: 6s\nmemory: 512MB\ntimeout: 120s\n---\n"),
            raw("key-int", REFUSE,
                    "",
                    "version: 1\nname: x\ntraffic: {rate: 20/s}\nduration: 6s\nmemory: 512MB\ntimeout: 120s\n1: x\n"),
            raw("key-null", REFUSE,
                    "",
                    "version: 1\nname: x\ntraffic: {rate: 20/s}\nduration: 6s\nmemory: 512MB\ntimeout: 120s\n~: x\n"),
            raw("key-bool", REFUSE,
                    "",
                    "version: 1\nname: x\ntraffic: {rate: 20/s}\nduration: 6s\nmemory: 512MB\ntimeout: 120s\ntrue:"
                    + " x\n"),
            raw("bom", ACCEPT,
                    "",
                    "\ufeffversion: 1\nname: x\ntraffic: {rate: 20/s}\nduration: 6s\nmemory: 512MB\ntimeout: 120s\n"),
            raw("crlf", ACCEPT,
                    "",
                    "version: 1\r\nname: x\r\ntraffic: {rate: 20/s}\r\nduration: 6s\r\nmemory: 512MB\r\ntimeout:"
                    + " 120s\r\n"),
            raw("tabs-indent", REFUSE,
                    "", "version: 1\nname: x\ntraffic:\n\trate: 20/s\nduration: 6s\nmemory: 512MB\ntimeout: 120s\n"),
            raw("merge-key", REFUSE,
                    "",
                    "version: 1\nname: x\ntraffic: {rate: 20/s}\nduration: 6s\nmemory: 512MB\ntimeout: 120s\n<<:"
                    + " {ha: true}\n"),
            raw("tagged-str", REFUSE,
                    "concurrency_per_instance: found \"40\" in quotes, which YAML reads as text; expected a whole"
                    + " number, such as 40: write 40 without quotes",
                    "version: 1\nname: x\ntraffic: {rate: 20/s}\nduration: 6s\nmemory: !!str 512MB\ntimeout:"
                    + " 120s\nconcurrency_per_instance: !!str 40\n"),
            raw("tagged-int", ACCEPT,
                    "",
                    "version: 1\nname: x\ntraffic: {rate: 20/s}\nduration: 6s\nmemory: 512MB\ntimeout:"
                    + " 120s\nconcurrency_per_instance: !!int '40'\n"),
            raw("block-scalar-name", REFUSE,
                    "name: found 'x\\u000A', expected a name of 1 to 100 printable characters, with no blank or"
                    + " line break at either end",
                    "version: 1\nname: |\n  x\ntraffic: {rate: 20/s}\nduration: 6s\nmemory: 512MB\ntimeout: 120s\n"),
            raw("folded-mem", ACCEPT,
                    "",
                    "version: 1\nname: x\ntraffic: {rate: 20/s}\nduration: 6s\nmemory: >\n  512MB\ntimeout: 120s\n"),
            raw("json-file", ACCEPT,
                    "",
                    "{\"version\": 1, \"name\": \"x\", \"traffic\": {\"rate\": \"20/s\"}, \"duration\": \"6s\","
                    + " \"memory\": \"512MB\", \"timeout\": \"120s\"}\n"),
            service("c1", ACCEPT, "", "cpu_time: 1s", "budget: $500/month"),
            service("c2", REFUSE, "", "cpu_time: 1s", "budget: 500/Month"),
            service("c3", ACCEPT, "", "cpu_time: 1s", "budget: \"$ 500 / year\""),
            service("c4", REFUSE, "", "cpu_time: 1s", "budget: 1e3/month"),
            service("c5", REFUSE, "", "cpu_time: 1s", "budget: .5/month"),
            service("c6", ACCEPT, "", "cpu_time: 1s", "budget: 500.00/month"),
            service("c7", ACCEPT, "", "cpu_time: 1s", "pricing: On-Demand"),
            service("c8", ACCEPT, "", "cpu_time: 1s", "pricing: savings-plan-3y-all-upfront"),
            service("c9", ACCEPT, "", "cpu_time: 1s", "pricing: SAVINGS-PLAN-1Y"),
            service("c10", ACCEPT, "", "cpu_time: 1s", "measured_on: 1 VCPU"),
            service("c11", REFUSE, "", "cpu_time: 1s", "measured_on: \"lambda 512\""),
            service("c12", ACCEPT, "", "cpu_time: 1s", "measured_on: 0.25vCPU"),
            service("c13", ACCEPT, "", "cpu_time: 1s", "measured_on: \"lambda 1.5GB\""),
            service("c14", ACCEPT, "", "cpu_time: 1s", "gpu: {count: 1, type: T4, memory: 16gb}"),
            service("c15", ACCEPT, "", "cpu_time: 1s", "latency: {max_slowdown: 25 %}"),
            service("c16", REFUSE, "", "cpu_time: 1s", "latency: {max_slowdown: \"25\"}"),
            service("c17", REFUSE, "", "cpu_time: 1s", "network: {nat_share: 0.5}"),
            service("c18", ACCEPT, "", "cpu_time: 1s", "regions: [\"eu-*\", \"us-east-?\"]"),
            service("c19", ACCEPT, "", "cpu_time: 1s", "regions: [\"*\"]"),
            service("c20", CATALOG, "", "cpu_time: 1s", "regions: [\"eu-west-1 \"]"),
            service("c21", CATALOG, "", "cpu_time: 1s", "gcp_region: US-CENTRAL1"),
            service("c22", CATALOG, "", "cpu_time: 1s", "gcp_region: \"\""),
            service("c23", CATALOG, "", "cpu_time: 1s", "region: \"\""),
            service("c24", REFUSE, "", "cpu_time: 1s", "runtime: Python"),
            service("c25", REFUSE, "", "cpu_time: 1s", "architecture: amd64"),
            service("c26", REFUSE, "", "cpu_time: 1s", "clouds: [AWS]"),
            service("c27", ACCEPT, "", "cpu_time: 1s", "observability: {trace_sampling: 0%}"),
            service("c28", ACCEPT, "", "cpu_time: 1s", "cold_start: {init: 0ms}"),
            service("c29", ACCEPT, "", "cpu_time: 1s", "description: \"\""),
            service("c30", ACCEPT, "", "cpu_time: 1s", "description: \"   \""));

    @Test
    void theReaderAndTheSchemaGiveTheSameVerdictOnEveryCase() {
        assertThat(CASES).as("the reviewer's cases").hasSizeGreaterThanOrEqualTo(225);
        assertThat(CASES.stream().map(Case::tag).distinct()).hasSameSizeAs(CASES);
        List<String> wrong = new ArrayList<>();
        for (Case c : CASES) {
            String refusal = readerRefusal(c.yaml());
            boolean readerAccepts = refusal.isEmpty();
            boolean schemaAccepts = schemaErrors(c.yaml()).isEmpty();
            boolean expectedReader = c.verdict() == Verdict.ACCEPT || c.verdict() == Verdict.CATALOG;
            boolean expectedSchema = c.verdict() != Verdict.REFUSE;
            if (readerAccepts != expectedReader || schemaAccepts != expectedSchema) {
                wrong.add(c.tag() + ": expected " + c.verdict() + ", reader " + (readerAccepts ? "accepts" : "refuses: "
                        + refusal) + "; schema " + (schemaAccepts ? "accepts" : "refuses: " + schemaErrors(c.yaml())));
            } else if (!c.message().isEmpty() && !refusal.contains(c.message())) {
                wrong.add(c.tag() + ": the reader says " + refusal + "\n    expected: " + c.message());
            }
        }
        assertThat(wrong).as("cases where the reader and the schema part, or the message is not the one expected")
                .isEmpty();
        // Disagreement is the exception, each with its reason in the enum: no more than these two.
        assertThat(CASES.stream().filter(c -> c.verdict() == Verdict.BEYOND).map(Case::tag))
                .containsExactlyInAnyOrder("rate-range-unordered", "steps-dup");
    }

    @Test
    void theCatalogCasesAreInputErrorsOfCheck(@TempDir Path dir) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("c20", "region (left out, so us-east-1) is outside this profile's regions [eu-west-1]");
        expected.put("c21", "gcp_region: unknown Google region 'US-CENTRAL1'. Did you mean 'us-central1'?");
        expected.put("c22", "gcp_region: unknown Google region ''.");
        expected.put("c23", "region: unknown AWS region ''.");
        expected.put("plat-eks-nodes-bad", "platforms.eks.node_types: unknown EC2 node type 'm7g.huge'. The "
                + "catalog prices m7g as m7g.large, m7g.xlarge, m7g.2xlarge, m7g.4xlarge, m7g.8xlarge, m7g.12xlarge, "
                + "m7g.16xlarge; add others with --catalog.");
        expected.put("plat-eks-nodes-typo", "platforms.eks.node_types: unknown EC2 node type 'm7g.lareg'. Did you "
                + "mean 'm7g.large'?");
        expected.put("plat-eks-nodes-glob", "platforms.eks.node_types: unknown EC2 node type 'm7g.*'.");
        List<Case> catalog = CASES.stream().filter(c -> c.verdict() == Verdict.CATALOG).toList();
        assertThat(catalog).extracting(Case::tag).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Case c : catalog) {
            Path file = dir.resolve(c.tag() + ".yaml");
            Files.writeString(file, c.yaml(), StandardCharsets.UTF_8);
            CliRun run = CliRun.of("check", file.toString());
            assertThat(run.exitCode()).as(c.tag()).isEqualTo(2);
            assertThat(run.err()).as(c.tag()).contains(expected.get(c.tag()));
        }
    }

    /** The reader's problems, one line; empty where it reads the profile. */
    private static String readerRefusal(String yaml) {
        try {
            new ProfileLoader().parse("test.yaml", yaml);
            return "";
        } catch (InputException e) {
            return e.getMessage().replace('\n', ' ');
        }
    }

    /** The validator's errors; a document the YAML parser refuses is refused (an editor flags it as it loads). */
    private static List<String> schemaErrors(String yaml) {
        List<String> errors = new ArrayList<>();
        try {
            for (YamlNode document : new YamlLoader().parse("test.yaml", yaml)) {
                for (Error error : SCHEMA.validate(YamlJson.of(document))) {
                    errors.add(error.toString());
                }
            }
        } catch (InputException e) {
            errors.add("not YAML: " + e.getMessage());
        }
        return errors;
    }

    /**
     * The reviewer's service with {@code lines} put in: "key: value" replaces the key's line or is added after the
     * others, "-key" removes the key.
     */
    private static Case service(String tag, Verdict verdict, String message, String... lines) {
        Map<String, String> keys = new LinkedHashMap<>();
        SERVICE.forEach(line -> keys.put(line.substring(0, line.indexOf(':')), line));
        for (String line : lines) {
            if (line.startsWith("-")) {
                keys.remove(line.substring(1));
            } else {
                keys.put(line.substring(0, line.indexOf(':')), line);
            }
        }
        return new Case(tag, verdict, message, String.join("\n", keys.values()) + "\n");
    }

    private static Case raw(String tag, Verdict verdict, String message, String yaml) {
        return new Case(tag, verdict, message, yaml);
    }
}
