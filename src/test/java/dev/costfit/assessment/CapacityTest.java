package dev.costfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A report's capacity is built when first read (issue 13: a report assesses every setting for its trade-off table
 * and shows one setting's capacity), once, and what built it is then let go; otherwise it behaves as the record it
 * was: equal and hashed by its summary and figures.
 */
class CapacityTest {

    private static final List<Figure> FIGURES = List.of(new Figure("tasksMean", "tasks, mean", 18.1, "tasks"),
            new Figure("taskVcpu", "vCPU per task", 0.5, "vCPU"));

    @Test
    void aReportsCapacityIsBuiltOnFirstReadAndOnlyOnce() {
        AtomicInteger built = new AtomicInteger();
        Capacity capacity = Capacity.shownIf(true, () -> {
            built.incrementAndGet();
            return new Capacity("5–49 tasks (mean 18.1) of 0.5 vCPU / 1 GB", FIGURES);
        });

        assertThat(built).hasValue(0);
        assertThat(capacity.summary()).isEqualTo("5–49 tasks (mean 18.1) of 0.5 vCPU / 1 GB");
        assertThat(capacity.figures()).isEqualTo(FIGURES);
        assertThat(capacity.summary()).isEqualTo("5–49 tasks (mean 18.1) of 0.5 vCPU / 1 GB");
        assertThat(built).hasValue(1);
    }

    @Test
    void aSearchGetsNoCapacityAndNeverBuildsOne() {
        AtomicInteger built = new AtomicInteger();
        Capacity capacity = Capacity.shownIf(false, () -> {
            built.incrementAndGet();
            return new Capacity("never", FIGURES);
        });

        assertThat(capacity).isSameAs(Capacity.NONE);
        assertThat(capacity.summary()).isEmpty();
        assertThat(capacity.figures()).isEmpty();
        assertThat(built).hasValue(0);
    }

    @Test
    void aCapacityBuiltLaterIsEqualToTheSameCapacityBuiltAtOnce() {
        Capacity now = new Capacity("3 of 9.05 vCPU busy", FIGURES);
        Capacity later = Capacity.shownIf(true, () -> new Capacity("3 of 9.05 vCPU busy", FIGURES));
        Capacity other = Capacity.shownIf(true, () -> new Capacity("3 of 9.05 vCPU busy", List.of()));

        assertThat(later).isEqualTo(now).hasSameHashCodeAs(now);
        assertThat(now).isEqualTo(later);
        assertThat(later).isNotEqualTo(other);
        assertThat(later.toString()).contains("3 of 9.05 vCPU busy", "tasksMean");
    }

    /**
     * What the builder holds (a platform's is a load with its hour-by-hour Poisson tables) is let go once the
     * capacity is built: a report that keeps thousands of results kept 14 KB a profile more before this was so.
     */
    @Test
    void whatBuiltTheCapacityIsLetGoOnceItIsBuilt() {
        Object[] held = {new double[100_000]};
        WeakReference<Object> tables = new WeakReference<>(held[0]);
        Capacity capacity = capacityHolding(held);
        held[0] = null;
        assertThat(tables.get()).as("held by the builder until built").isNotNull();

        assertThat(capacity.summary()).isEqualTo("built from 100000 figures");
        for (int i = 0; i < 20 && tables.get() != null; i++) {
            System.gc();
        }
        assertThat(tables.get()).as("let go once built").isNull();
        assertThat(capacity.summary()).isEqualTo("built from 100000 figures");
    }

    /** A builder that captures the tables alone, as a platform's captures its load (not the array around them). */
    private static Capacity capacityHolding(Object[] held) {
        double[] tables = (double[]) held[0];
        Supplier<Capacity> builder = () -> new Capacity("built from " + tables.length + " figures", List.of());
        return Capacity.shownIf(true, builder);
    }
}
