package dev.costfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.profile.Cloud;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lines and limits every platform shares (LLM tokens, glue services, an LLM's rate limit) are added to each
 * platform's assessment: a shared line only to a platform that is usable, and a shared limit that blocks leaves the
 * platform without cost lines, like any platform that does not fit. Where there is nothing to add, the assessment is
 * the same one (issue 13: most profiles have neither, and a search made two copies of every assessment for them).
 */
class SharedLinesTest {

    private static final PlatformInfo INFO = new PlatformInfo("p", "Platform", Simplicity.CONTAINERS, Cloud.AWS,
            "task", true);
    private static final CostLine TASKS = CostLine.of("p.tasks", "Tasks", 720, "task-hour", 0.05);
    private static final CostLine TOKENS = CostLine.shared("llm.tokens", "LLM tokens", 1e6, "token", 0.000003);
    private static final LimitCheck FITS = LimitCheck.of(true, LimitCheck.Severity.HARD, "memory", "1 GB", "120 GB",
            "a larger task");
    private static final LimitCheck BLOCKS = LimitCheck.of(false, LimitCheck.Severity.HARD, "LLM rate limit",
            "60 calls a minute", "30", "cap the concurrency");

    private static Assessment priced(List<LimitCheck> limits) {
        return Assessment.priced(INFO, "", limits, List.of(TASKS), Capacity.NONE, ColdStarts.NONE, List.of(),
                List.of());
    }

    @Test
    void nothingToAddLeavesTheSameAssessment() {
        Assessment a = priced(List.of(FITS));
        assertThat(a.withShared(List.of(), List.of())).isSameAs(a);
        // $36 of tasks: 720 × $0.05.
        assertThat(a.withShared(List.of(), List.of()).platformCost()).isEqualTo(36.0);
    }

    @Test
    void sharedLinesAddToAUsablePlatformButNotToItsPlatformCost() {
        Assessment a = priced(List.of(FITS)).withShared(List.of(TOKENS), List.of());
        assertThat(a.lines()).containsExactly(TASKS, TOKENS);
        assertThat(a.platformCost()).isEqualTo(36.0);
    }

    @Test
    void aSharedLimitThatBlocksLeavesNoLines() {
        Assessment a = priced(List.of(FITS)).withShared(List.of(TOKENS), List.of(BLOCKS));
        assertThat(a.feasible()).isFalse();
        assertThat(a.lines()).isEmpty();
        assertThat(a.limits()).containsExactly(FITS, BLOCKS);
    }

    @Test
    void aPlatformThatDoesNotFitLosesItsLinesEvenWithNothingToAdd() {
        // Not the same assessment: one whose own limit blocks keeps no cost lines once the shared ones are added.
        Assessment unfit = priced(List.of(BLOCKS));
        Assessment shared = unfit.withShared(List.of(), List.of());
        assertThat(shared).isNotSameAs(unfit);
        assertThat(shared.lines()).isEmpty();
        assertThat(unfit.lines()).containsExactly(TASKS);
    }
}
