package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.yaml.InputException;
import org.junit.jupiter.api.Test;

/**
 * A pipeline's steps are checked one by one on functions, but the request is still one whole (a review's findings):
 * a container running every step holds the largest step's memory, and no step's timeout outlasts the request's.
 */
class PipelineWholeRequestTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    private static Assessment on(String id, Profile p) {
        return Platforms.assess(Platforms.byId(id).orElseThrow(), p, LIST);
    }

    private static double figure(Assessment a, String key) {
        return a.capacity().figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    private static Profile pipeline(String memory, String timeout, String steps, String... extra) {
        return TestProfiles.parse("name: p\ntraffic: {rate: 1/s}\nmemory: " + memory + "\ntimeout: " + timeout
                + "\nsteps: " + steps + "\n" + String.join("\n", extra) + "\n");
    }

    // --- one service runs every step: it holds the largest step's memory ---

    @Test
    void aContainerRunningEveryStepHoldsTheLargestStepsMemory() {
        // ocr needs 8 GB, the profile (every other step) 1 GB: one task, pod or environment runs both steps.
        Profile p = pipeline("1GB", "300s", "[{name: ocr, duration: 4s, cpu_time: 3s, memory: 8GB}, "
                + "{name: store, duration: 200ms, cpu_time: 20ms}]");
        Assessment fargate = on("fargate", p);
        assertThat(fargate.usable()).isTrue();
        assertThat(figure(fargate, "taskMemoryGb")).isGreaterThanOrEqualTo(8);
        assertThat(figure(on("eks", p), "podMemoryGb")).isGreaterThanOrEqualTo(8);
        assertThat(figure(on("lambda-managed-instances", p), "environmentMemoryGb")).isGreaterThanOrEqualTo(8);
        assertThat(fargate.assumptions()).anyMatch(a -> a.contains("sized for the largest step")
                && a.contains("8 GB") && a.contains("step ocr"));
        // Lambda runs ocr as its own function at 8,192 MB at least.
        assertThat(on("lambda", p).limits()).anyMatch(l -> l.limit().equals("step ocr: memory")
                && l.required().equals("8,192 MB"));
    }

    @Test
    void aStepThatFitsNoContainerMakesThemUnfitWithTheirOwnLimit() {
        // 300 GB: beyond Fargate's largest task, 32 vCPU / 244 GB (pricing-reference §2.3, 2026 ECS docs), and an
        // LMI execution environment's 32 GB; the profile's own 1 GB fits both.
        Profile p = pipeline("1GB", "3h", "[{name: a, duration: 1s}, {name: big, duration: 2h, memory: 300GB}]");
        Assessment fargate = on("fargate", p);
        assertThat(fargate.feasible()).isFalse();
        assertThat(fargate.violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("task size");
            assertThat(v.required()).contains("300 GB");
            assertThat(v.allowed()).isEqualTo("at most 32 vCPU, 244 GB");
            assertThat(v.workaround()).isNotBlank();
        });
        assertThat(fargate.assumptions()).anyMatch(a -> a.contains("300 GB") && a.contains("step big"));
        assertThat(on("lambda-managed-instances", p).violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("execution environment memory");
            assertThat(v.required()).isEqualTo("300 GB");
        });
    }

    // --- no step's timeout outlasts the request's ---

    @Test
    void aStepTimeoutLongerThanTheProfilesIsRefusedWhereTheStepStatesIt() {
        String yaml = "name: p\ntraffic: {rate: 1/s}\nmemory: 1GB\ntimeout: 100s\nsteps:\n"
                + "  - {name: a, duration: 1s}\n"
                + "  - {name: slow, duration: 30s, max: 50s, timeout: 900s}\n";
        String message = problems(yaml);
        // The step's timeout value: line 7, column 52.
        assertThat(message).contains("test.yaml:7:52: steps: step 'slow': timeout 15 min is longer than the "
                + "profile's timeout on line 4, 100 s");
        // Within a parallel group too; a step timeout equal to the profile's is accepted.
        assertThat(problems(yaml.replace("  - {name: slow, duration: 30s, max: 50s, timeout: 900s}",
                "  - parallel: [{name: b, duration: 2s}, {name: c, duration: 2s, timeout: 2min}]")))
                .contains("test.yaml:7:74: steps: step 'c': timeout 2 min");
        assertThat(TestProfiles.parse(yaml.replace("900s", "100s")).glue().pipeline()).isPresent();
    }

    private static String problems(String yaml) {
        try {
            TestProfiles.parse(yaml);
            throw new AssertionError("read without a problem");
        } catch (InputException e) {
            return e.getMessage();
        }
    }
}
