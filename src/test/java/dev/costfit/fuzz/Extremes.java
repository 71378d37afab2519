package dev.costfit.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Values at the edges, per kind of field: zero, negatives, the smallest and largest numbers a double holds, numbers
 * longer than a double can hold (310 digits read as Infinity, 400 nines too), subnormals (0.000…1 with 320 zeros),
 * underflow to zero, every spelling of infinity and NaN, limits and one past them, wrong units.
 */
final class Extremes {

    static final String DIGITS_310 = "1" + "0".repeat(310);
    static final String NINES_400 = "9".repeat(400);
    /** 1e-321: a subnormal double. */
    static final String SUBNORMAL = "0." + "0".repeat(320) + "1";
    /** 1e-401: reads as 0.0. */
    static final String UNDERFLOW = "0." + "0".repeat(400) + "1";
    /** The largest double, written out in full (309 digits). */
    static final String MAX_DOUBLE = "17976931348623157" + "0".repeat(292);

    static final List<String> NUMBERS = List.of("0", "1", "0.5", "0.001", "1000000000000", "999999999999999",
            DIGITS_310, NINES_400, SUBNORMAL, UNDERFLOW, MAX_DOUBLE, "1e308", "1e-300", ".inf", "-.inf", ".nan",
            "NaN", "Infinity", "-1", "-0", "0.0000001", "4294967296", "2147483647");
    static final List<String> NON_FINITE = List.of(".inf", "-.inf", "+.inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN",
            "NaN", "nan", "Infinity", "-Infinity", "inf", "∞", "1e309", "1e400");
    static final List<String> ODD_SCALARS = List.of("0x1F", "0o17", "1_000", "+5", "12:30:00", "2026-01-01", "~",
            "null", "''", "\"\"", "!!binary aGVsbG8=", "!!str 20/s", "!!float 1", "!custom 5", "&anchor 20/s",
            "*undefined", "|", ">-", "'it''s'", "\"\\x00\"", "\"\\u2028\"", "- 1", "? x", "@x", "`x`", "%x", "#x");
    static final List<String> WRONG_TYPES = List.of("[1, 2]", "[]", "[[1]]", "{a: 1}", "{}", "{mean: 1s}",
            "true", "false", "null", "", "[20/s]", "{rate: 20/s}", "[null]", "{? a}");

    static final List<String> AWS_REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "af-south-1",
            "ap-east-1", "eu-south-1", "me-south-1");
    static final List<String> ODD_REGIONS = List.of("mars-north-1", "US-EAST-1", "", "us-east-1 ", "us-east-2",
            "eu-west-1\u2028", "us\u2011east\u20111", "us-east-1\u0000", "ap-southeast-9");
    static final List<String> MODELS = List.of("claude-sonnet-4", "claude-opus-4", "claude-3-5-haiku-20241022",
            "gpt-4o", "gpt-5-mini", "claude-haiku-4-5", "claude-sonnet-5", "GPT-4O", "gpt-4o ", "llama-3");

    private Extremes() {
    }

    /** An extreme value for a field of this kind: mostly well-formed (so the engine sees it), some malformed. */
    static YamlTree.Node draw(FieldKind kind, SplittableRandom rnd) {
        return switch (kind) {
            case RATE -> raw(rnd, withUnit(rnd, "/s", "/min", "/h", "/day", "/month", "k/s", "M/month", "B/s",
                    "B/month"), "1000000000000/s", "1/month", "0/s", "-5/s", "1e308/s", "20 /s", "20/week",
                    ".inf/s", "NaN/s", "1000000000000B/s", "0.0000001/month");
            case DURATION -> raw(rnd, withUnit(rnd, "ms", "s", "min", "h"), "100000h", "0ms", "0.001ms", "1ms",
                    "15min", "900s", "901s", "60min", "3600s", "541s", "1e6h", "5 days", "-1s", "1m", "30sec");
            case SIZE -> raw(rnd, withUnit(rnd, "B", "KB", "MB", "GB", "TB", "MiB", "GiB", "TiB"), "1MB",
                    "1000TB", "1B", "0.5MB", "10240MB", "10241MB", "128MB", "127MB", "32GiB", "0B", "1023KB",
                    "8GB", "1Gi", "512", "-1MB");
            case PERCENT -> raw(rnd, withUnit(rnd, "%"), "0%", "100%", "1e-300%", "100.0000001%", "99.999999%",
                    "-1%", "0.5", "70 %", "1000%");
            case MULTIPLIER -> raw(rnd, withUnit(rnd, "x"), "1x", "1000x", "999.999x", "1000.0001x", "0x",
                    "0.999x", "1.000000001x", "1e3x", "3X", "3");
            case COUNT -> raw(rnd, pick(rnd, NUMBERS), "0", "1", "2", "16", "17", "256", "257", "1000", "10000",
                    "10001", "100000", "100001", "2147483647", "2147483648", "999999999999999", "9999999999999999",
                    "-1", "1.5", "1e3", NINES_400);
            case DECIMAL -> raw(rnd, pick(rnd, NUMBERS), "0", "0.0001", SUBNORMAL, UNDERFLOW, NINES_400,
                    DIGITS_310, MAX_DOUBLE, "1000000000", "1e9", "0.25", "192", "1", "0.1", "16");
            case BOOLEAN -> raw(rnd, "true", "false", "yes", "no", "on", "\"true\"", "True", "TRUE", "1", "0");
            case TEXT -> YamlTree.text(OddText.draw(rnd));
            case BUDGET -> raw(rnd, withUnit(rnd, "/month", "/year"), "0/month", SUBNORMAL + "/month",
                    NINES_400 + "/month", "1e308/month", "$1/year", "0.01/month", "1000000000000/month",
                    DIGITS_310 + "/year", MAX_DOUBLE + "/month", "500", "-5/month", "$ 5/month");
            case MEASURED_ON -> raw(rnd, "lambda 128MB", "lambda 10240MB", "lambda 127MB", "lambda 10241MB",
                    SUBNORMAL + " vCPU", NINES_400 + " vCPU", "0 vCPU", "0.0001 vCPU", "1000 vCPU",
                    "lambda " + NINES_400 + "MB", "1 vCPU", "lambda 1GB", "lambda 10GiB", "2 vcpu", "vCPU");
            case PATTERN -> pattern(rnd);
            case PROVISIONED -> raw(rnd, "auto", "off", "0", "1", "2147483647", "2147483648", "999999999999999",
                    NINES_400, "-1", "on", "1000");
            case CLOUDS -> raw(rnd, "[aws]", "[gcp]", "[aws, gcp]", "[]", "[azure]", "[aws, aws]", "aws",
                    "[AWS]", "[gcp, gcp, gcp]");
            case NODE_TYPES -> raw(rnd, "[]", "[m7g.large]", "[t3.medium]", "[nope.large]", "[g5.xlarge]",
                    "[m7g.large, m7g.large]", "[g4dn.xlarge]", "[\"\"]", "m7g.large");
            case GPU -> raw(rnd, "none", "{count: 16, type: any, memory: 1000TB}", "{count: 1, type: T4}",
                    "{count: 0}", "{type: H100}", "{count: 1, memory: 1MB}", "{count: 16}", "{count: 17}",
                    "{count: 1, type: V100, memory: 16GB}", "{}", "{count: 2147483647}", "true");
            case DURATION_SPEC -> durationSpec(rnd);
            case REGION -> YamlTree.text(rnd.nextInt(3) == 0 ? pick(rnd, ODD_REGIONS) : pick(rnd, AWS_REGIONS));
            case GCP_REGION -> raw(rnd, "us-central1", "asia-east1", "me-central2", "africa-south1", "us-central9",
                    "europe-west12", "", "US-CENTRAL1");
            case MODEL -> YamlTree.text(pick(rnd, MODELS));
            case KIND -> raw(rnd, "service", "job", "Job", "batch", "");
            case ARCHITECTURE -> raw(rnd, "x86_64", "arm64", "any", "x86-64", "amd64", "ARM64");
            case RUNTIME -> raw(rnd, "python", "node", "java", "go", "dotnet", "ruby", "rust", "container", "php");
            case TRIGGER -> raw(rnd, "http", "queue", "event", "schedule", "cron");
            case FRONT_DOOR -> raw(rnd, "auto", "api-gateway-http", "api-gateway-rest", "function-url", "alb",
                    "none", "nlb");
            case CLIENTS -> raw(rnd, "internet", "vpc", "VPC", "lan");
            case GPU_TYPE -> raw(rnd, "any", "T4", "A10G", "L4", "V100", "t4", "H100");
            case BILLING -> raw(rnd, "request", "instance", "requests");
        };
    }

    /** A number from the pool with one of the units. */
    private static String withUnit(SplittableRandom rnd, String... units) {
        return pick(rnd, NUMBERS) + pick(rnd, List.of(units));
    }

    /** The first value half the time (a drawn combination), else one of the named cases. */
    private static YamlTree.Node raw(SplittableRandom rnd, String first, String... others) {
        if (others.length == 0 || rnd.nextBoolean()) {
            return new YamlTree.Raw(first);
        }
        return new YamlTree.Raw(others[rnd.nextInt(others.length)]);
    }

    private static YamlTree.Node pattern(SplittableRandom rnd) {
        int variant = rnd.nextInt(9);
        if (variant < 2) {
            return new YamlTree.Raw(pick(rnd, List.of("flat", "business-hours", "diurnal", "spiky", "weekly")));
        }
        int hours = variant == 2 ? 168 : variant == 3 ? 23 : 24;
        List<String> weights = new ArrayList<>(Collections.nCopies(hours, "0"));
        switch (variant) {
            case 4 -> weights.set(rnd.nextInt(hours), SUBNORMAL);
            case 5 -> weights.set(rnd.nextInt(hours), NINES_400);
            case 6 -> Collections.fill(weights, MAX_DOUBLE);
            case 7 -> weights.set(rnd.nextInt(hours), "1e-300");
            default -> {
                for (int i = 0; i < hours; i++) {
                    weights.set(i, pick(rnd, List.of("0", "1", "1000000", SUBNORMAL, "0.5")));
                }
            }
        }
        return new YamlTree.Mapping(Map.of("hourly", new YamlTree.Raw("[" + String.join(", ", weights) + "]")));
    }

    private static YamlTree.Node durationSpec(SplittableRandom rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> draw(FieldKind.DURATION, rnd);
            case 1 -> new YamlTree.Raw("{p50: 1ms, p95: 100000h}");
            case 2 -> new YamlTree.Raw("{p50: " + SUBNORMAL + "ms, p95: " + DIGITS_310 + "s}");
            case 3 -> new YamlTree.Raw("{mean: " + pick(rnd, NUMBERS) + "s, max: " + pick(rnd, NUMBERS) + "s}");
            default -> new YamlTree.Raw("{p50: " + pick(rnd, NUMBERS) + "ms, p95: " + pick(rnd, NUMBERS) + "h}");
        };
    }

    static <T> T pick(SplittableRandom rnd, List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }
}
